/// One SQL statement, typed so callers filter on data rather than text.
///
/// A statement is built from an ``SQLFragment``, whose identifiers and literals the dialect
/// quotes; text that did not come through a fragment enters only through
/// ``init(unsafeSQL:kind:table:isDestructive:requirements:)``, whose name says so.
///
/// ```swift
/// let statement = SQLStatement("drop table \(table: QualifiedName("book"))", quotedBy: .postgreSQL, kind: .dropTable)
/// statement.sql                                   // drop table "book"
/// let statements = try generator.createStatements()
/// let safe = statements.filter { !$0.isDestructive }
/// ```
public struct SQLStatement: Sendable, Hashable, CustomStringConvertible {
    /// What a statement does.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A session setting, run outside the transaction: `pragma foreign_keys = off`, `set lock_timeout`.
        case session
        /// A namespace (PostgreSQL or SQL Server schema) created or dropped.
        case createNamespace, dropNamespace
        /// A PostgreSQL type (enum, domain, composite), collation or sequence created, altered
        /// (`add value`, `rename to`, `increment by`) or dropped.
        case createType, alterType, dropType
        /// A table created, altered in a way no narrower kind names, dropped or renamed.
        case createTable, alterTable, dropTable, renameTable
        /// A column added, altered (type, nullability, default, …), dropped or renamed.
        case addColumn, alterColumn, dropColumn, renameColumn
        /// An index (or unique constraint) created, dropped or renamed.
        case createIndex, dropIndex, renameIndex
        /// A foreign key constraint added or dropped.
        case addForeignKey, dropForeignKey
        /// A check (or exclusion) constraint added or dropped.
        case addCheck, dropCheck
        /// A comment set on a table, column, index or constraint (`comment on …`).
        case comment
        /// Rows written, schema untouched: an `insert`, such as the copy into a rebuilt SQLite table or a seed.
        case copyRows
        /// A whole database created or dropped.
        case createDatabase, dropDatabase
        /// Rows deleted (`delete from`, `truncate`), schema untouched.
        case deleteRows
        /// Reads what violates a rule (see ``Requirements/failsWhenRowsReturned``).
        case verify
    }

    /// What a statement needs from the driver that runs it. Drivers act on these, never on
    /// ``Kind``.
    public struct Requirements: Sendable, Hashable {
        /// Where a statement runs relative to the script's transaction.
        public enum Placement: Sendable, Hashable {
            /// Inside the script's transaction, where the engine has one.
            case transaction
            /// Outside it: a session setting some engines ignore inside a transaction
            /// (`pragma foreign_keys`). At the end of a script it runs even when the script
            /// failed, so the connection is left as it was found.
            case session
            /// Outside any transaction, committed on its own: `create index concurrently`, and
            /// every statement of an online update, so locks are held one statement at a time.
            case standalone
        }

        /// Where the statement runs relative to the script's transaction; inside it by default.
        public var placement: Placement
        /// The statement changes rows only, no schema: an engine whose DDL commits implicitly
        /// (MySQL) can still roll it back.
        public var changesRowsOnly: Bool
        /// The statement returns the rows that break a rule (`pragma foreign_key_check`); the
        /// script fails when it returns any. The text says what a row means.
        public var failsWhenRowsReturned: String?
        /// The statement must run with foreign key enforcement off (SQLite's `drop table`
        /// deletes the rows first, cascading into child tables).
        public var needsForeignKeysOff: Bool
        /// How many times a standalone statement is tried again when it gave up waiting for a
        /// lock (PostgreSQL's `lock_timeout`, MySQL's `lock_wait_timeout`), with a growing pause.
        public var lockTimeoutRetries: Int
        /// Other spellings of the statement, tried in order when the engine refuses the one
        /// before as an algorithm it cannot use (MySQL's `algorithm=instant`, then `inplace`).
        public var alternatives: [String]
        /// What the statement locks and whether it rewrites the table, for the plan:
        /// `share update exclusive; writes go on`.
        public var lockNote: String?

        /// Requirements from their parts; the defaults are an ordinary statement run inside the transaction.
        public init(placement: Placement = .transaction, changesRowsOnly: Bool = false, failsWhenRowsReturned: String? = nil,
                    needsForeignKeysOff: Bool = false, lockTimeoutRetries: Int = 0, alternatives: [String] = [],
                    lockNote: String? = nil) {
            self.placement = placement
            self.changesRowsOnly = changesRowsOnly
            self.failsWhenRowsReturned = failsWhenRowsReturned
            self.needsForeignKeysOff = needsForeignKeysOff
            self.lockTimeoutRetries = lockTimeoutRetries
            self.alternatives = alternatives
            self.lockNote = lockNote
        }

        /// A session setting, run outside the transaction.
        public static let session = Requirements(placement: .session)
        /// A statement that changes rows only.
        public static let rowsOnly = Requirements(changesRowsOnly: true)

        /// What a statement of a kind needs unless told otherwise: session settings run outside
        /// the transaction, row copies and deletions change rows only.
        public static func `default`(for kind: Kind) -> Requirements {
            switch kind {
            case .session: .session
            case .copyRows, .deleteRows: .rowsOnly
            default: Requirements()
            }
        }
    }

    /// The statement as its dialect quoted it.
    public let fragment: SQLFragment
    /// The SQL text, without a trailing `;`.
    public let sql: String
    /// What the statement does, for callers that filter statements (drivers read `requirements`).
    public var kind: Kind
    /// The table the statement acts on, if any.
    public var table: QualifiedName?
    /// Whether running it can lose data (dropping a table, a column, a type).
    public var isDestructive: Bool
    /// What the driver must do to run it: where, how often to retry, which alternatives to try.
    public var requirements: Requirements

    /// A statement from a fragment, quoted by `quoting` (a dialect).
    public init(_ fragment: SQLFragment, quotedBy quoting: some SQLQuoting, kind: Kind, table: QualifiedName? = nil,
                isDestructive: Bool = false, requirements: Requirements? = nil) {
        self.fragment = fragment
        self.sql = fragment.render(with: quoting)
        self.kind = kind
        self.table = table
        self.isDestructive = isDestructive
        self.requirements = requirements ?? .default(for: kind)
    }

    /// A statement from text nobody quoted for it: a script read from a file, or SQL a user
    /// wrote. Nothing is escaped; never pass names or values through here.
    public init(unsafeSQL sql: String, kind: Kind, table: QualifiedName? = nil, isDestructive: Bool = false,
                requirements: Requirements? = nil) {
        self.fragment = SQLFragment(unsafeSQL: sql)
        self.sql = sql
        self.kind = kind
        self.table = table
        self.isDestructive = isDestructive
        self.requirements = requirements ?? .default(for: kind)
    }

    /// The statement with its `;`, after a `-- lock:` comment line when it has a lock note
    /// (online plans).
    public var description: String {
        guard let note = requirements.lockNote else { return sql + ";" }
        return "-- lock: \(note)\n" + sql + ";"
    }
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
    /// The statements in their groups, in running order.
    public var groups: [[SQLStatement]]

    /// A script of `groups`, empty ones left out.
    public init(groups: [[SQLStatement]] = []) {
        self.groups = groups.filter { !$0.isEmpty }
    }

    /// Appends a group (ignored when empty).
    public mutating func append(_ group: [SQLStatement]) {
        if !group.isEmpty { groups.append(group) }
    }

    /// Every statement in running order, the groups run together.
    public var statements: [SQLStatement] { groups.flatMap { $0 } }
    /// Whether the script has no statement: nothing to do.
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
