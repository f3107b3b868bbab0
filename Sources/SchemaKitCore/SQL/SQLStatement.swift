/// One SQL statement, typed so callers filter on data rather than text.
///
/// ```swift
/// let statements = try generator.createStatements()
/// let safe = statements.filter { !$0.isDestructive }
/// ```
public struct SQLStatement: Sendable, Hashable, CustomStringConvertible {
    /// What a statement does.
    public enum Kind: String, Sendable, Hashable, Codable {
        case session
        case createNamespace, dropNamespace
        case createType, alterType, dropType
        case createTable, alterTable, dropTable, renameTable
        case addColumn, alterColumn, dropColumn, renameColumn
        case createIndex, dropIndex, renameIndex
        case addForeignKey, dropForeignKey
        case addCheck, dropCheck
        case comment
        case copyRows
        case createDatabase, dropDatabase
        case deleteRows
        /// Checks foreign keys after a rebuild; a driver fails the script when it returns rows.
        case verifyForeignKeys
    }

    /// The SQL text, without a trailing `;`.
    public var sql: String
    public var kind: Kind
    /// The table the statement acts on, if any.
    public var table: QualifiedName?
    /// Whether running it can lose data (dropping a table, a column, a type).
    public var isDestructive: Bool

    public init(_ sql: String, kind: Kind, table: QualifiedName? = nil, isDestructive: Bool = false) {
        self.sql = sql
        self.kind = kind
        self.table = table
        self.isDestructive = isDestructive
    }

    public var description: String { sql + ";" }
}

/// Statements in groups; a dump separates groups with a blank line.
///
/// ```sql
/// create table "author" ("id" serial primary key, "name" varchar(255) not null);
///
/// create table "book" ("id" serial primary key, "author_id" int not null);
///
/// alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id");
/// ```
public struct SQLScript: Sendable, Hashable, CustomStringConvertible {
    public var groups: [[SQLStatement]]

    public init(groups: [[SQLStatement]] = []) {
        self.groups = groups.filter { !$0.isEmpty }
    }

    /// Appends a group (ignored when empty).
    public mutating func append(_ group: [SQLStatement]) {
        if !group.isEmpty { groups.append(group) }
    }

    public var statements: [SQLStatement] { groups.flatMap { $0 } }
    public var isEmpty: Bool { groups.isEmpty }

    /// The dump: `;` after each statement, a blank line between groups, a final newline;
    /// the empty string when there is nothing to do.
    public var text: String {
        guard !groups.isEmpty else { return "" }
        return groups.map { group in group.map(\.description).joined(separator: "\n") }
            .joined(separator: "\n\n") + "\n"
    }

    public var description: String { text }
}
