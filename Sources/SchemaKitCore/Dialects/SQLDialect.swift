/// Everything SchemaKit knows about one SQL dialect: quoting, type mapping, capabilities and
/// DDL rendering. A dialect is a pure value; it never needs a connection, which is what lets
/// SQL Server work as a dump-only target.
///
/// ```swift
/// let dialect: any SQLDialect = .postgreSQL
/// try dialect.render(.dropTable(QualifiedName("book")))   // drop table if exists "book" cascade
/// ```
public protocol SQLDialect: SQLQuoting {
    /// A stable identifier: `postgresql`, `mysql`, `mariadb`, `sqlite`, `mssql`.
    var id: DialectID { get }
    /// What the engine supports; shared code asks this instead of asking which dialect it is.
    var capabilities: DialectCapabilities { get }
    /// How the dialect quotes names and strings and writes comments, for ``SQLLexer``:
    /// `.postgreSQL` reads `$$…$$` as a string, `.mySQL` reads `# …` as a comment.
    var lexicalRules: SQLLexicalRules { get }
    /// The longest identifier the engine accepts, in bytes; `nil` when unlimited.
    var maxIdentifierLength: Int? { get }
    /// The namespace tables live in when none is given (`public`, `dbo`).
    var defaultSchema: String? { get }

    /// The SQL type of a column: `varchar(255)`, `int`, `timestamptz`.
    func sqlType(for column: ColumnMetadata) -> String
    /// The SQL expression of a default: `'draft'`, `true`, `current_timestamp`.
    func sqlDefault(_ value: DefaultValue, for column: ColumnMetadata) -> String
    /// Statements for one operation. Throws ``SchemaError/Code/unsupportedByDialect`` rather
    /// than produce SQL the engine would reject.
    func render(_ operation: SchemaOperation) throws -> [SQLStatement]
    /// The statements that turn one live table into its target: in place, by rebuilding it, or
    /// with whatever steps the engine needs around a change (``TableAlteration``).
    func alterTable(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration
    /// Statements for native enum types whose values change. Dialects without native enum
    /// types keep the default, which throws when there is anything to do.
    func alterNativeEnums(_ changes: [NativeEnumDifference], context: AlterationContext) throws -> NativeEnumAlteration
    /// The script with foreign key enforcement off around it, for statements that need it
    /// (``SQLStatement/Requirements/needsForeignKeysOff``): by default the prologue and
    /// epilogue that disable foreign keys, with ``foreignKeyCheck`` before the end.
    func guardingForeignKeys(_ script: SQLScript) throws -> SQLScript
    /// A statement that returns the rows breaking a foreign key, run before foreign keys are
    /// enforced again; `nil` where the engine checks on its own.
    var foreignKeyCheck: SQLStatement? { get }
    /// Statements that open a wrapped script (`set names …`, foreign key checks off).
    func prologue(disableForeignKeys: Bool) -> [SQLStatement]
    /// Statements that close a wrapped script.
    func epilogue(disableForeignKeys: Bool) -> [SQLStatement]
    /// One statement of a script read from text (``SchemaGenerator/execute(_:)-(String)``), with
    /// the kind and requirements this dialect gives the same statement when it writes it — so a
    /// script SchemaKit dumped runs exactly as it would have from its ``SQLScript``. The default
    /// recognises the dialect's own prologue, epilogue and ``foreignKeyCheck``, whatever their
    /// case, spacing and comments; anything else runs inside the transaction.
    func scriptStatement(_ sql: String) -> SQLStatement

    /// A column in the dialect's canonical spelling, applied to both sides before comparing, so
    /// `int4`/`integer`/`int` or `'x'::text`/`'x'` compare equal.
    func canonicalColumn(_ column: ColumnSchema) -> ColumnSchema
    /// A check, generated-column or index-predicate expression in canonical spelling.
    func canonicalExpression(_ expression: String) -> String
    /// Checks the dialect's own settings (a character set, say) before any SQL is rendered.
    func validate() throws
    /// A Boolean value as a literal: `true`, or `1` where the engine has no Boolean keywords.
    func booleanLiteral(_ value: Bool) -> String
    /// Bytes, given as lower-case hex, as a literal: `x'00ff'`.
    func bytesLiteral(_ hex: String) -> String
    /// A UTC timestamp (`2024-01-01 10:00:00`) as a literal; PostgreSQL marks its zone.
    func timestampLiteral(_ utc: String) -> String
    /// The name the engine gives a primary key constraint left unnamed (`<table>_pkey` on
    /// PostgreSQL); `nil` where primary keys have no name of their own to compare (MySQL's is
    /// always `PRIMARY`).
    func defaultPrimaryKeyName(table: String) -> String?
    /// The dialect planning online changes (``OnlineOptions``); throws
    /// ``SchemaError/Code/unsupportedByDialect`` where the engine has none.
    func online(_ options: OnlineOptions) throws -> any SQLDialect
    /// An online plan's statements as they run: each on its own, with the session's lock wait
    /// set before and restored after.
    func onlineScript(_ script: SQLScript, _ options: OnlineOptions) -> SQLScript
    /// The sequence a default draws from (PostgreSQL `nextval('app.batch_seq'::regclass)` is
    /// `app.batch_seq`); `nil` for any other default, and on engines without sequences.
    func sequenceName(inDefault value: String) -> QualifiedName?
    /// The sequence an auto-increment column draws from when it is a sequence of the column's
    /// own (PostgreSQL `serial`: the one its default names, else `<table>_<column>_seq`); `nil`
    /// where auto-increment is no sequence, and for identity columns.
    func serialSequence(of column: ColumnSchema, table: TableSchema) -> QualifiedName?
    /// Lists the server's databases, one name per row, where a fleet's `--schemas` pattern
    /// picks databases rather than namespaces (MySQL, whose schemas are databases); `nil`
    /// elsewhere.
    var databaseListQuery: String? { get }
}

extension SQLDialect {
    public func canonicalColumn(_ column: ColumnSchema) -> ColumnSchema {
        var column = column
        column.type = column.type.lowercased()
        return column
    }

    public func canonicalExpression(_ expression: String) -> String {
        ExpressionNormalizer.normalize(expression)
    }

    public func validate() throws {}

    public func alterNativeEnums(_ changes: [NativeEnumDifference], context: AlterationContext) throws -> NativeEnumAlteration {
        if let change = changes.first { throw unsupported("native enum types (\(change.to.qualifiedName))") }
        return NativeEnumAlteration()
    }

    public var foreignKeyCheck: SQLStatement? { nil }

    public func scriptStatement(_ sql: String) -> SQLStatement { standardScriptStatement(sql) }

    /// The statement a script line is: the dialect's own session and check statements
    /// recognised, anything else a schema change in the transaction.
    func standardScriptStatement(_ sql: String) -> SQLStatement {
        let own = prologue(disableForeignKeys: true) + epilogue(disableForeignKeys: true) + [foreignKeyCheck].compactMap { $0 }
        let key = SQLLexer(rules: lexicalRules).comparisonKey(sql)
        guard let known = own.first(where: { SQLLexer(rules: lexicalRules).comparisonKey($0.sql) == key }) else {
            return SQLStatement(unsafeSQL: sql, kind: .alterTable)
        }
        return SQLStatement(unsafeSQL: sql, kind: known.kind, requirements: known.requirements)
    }

    public func guardingForeignKeys(_ script: SQLScript) throws -> SQLScript {
        var guarded = SQLScript()
        guarded.append(prologue(disableForeignKeys: true).filter { $0.requirements.placement == .session })
        guarded.groups += script.groups
        guarded.append(foreignKeyCheck.map { [$0] } ?? [])
        guarded.append(epilogue(disableForeignKeys: true))
        return guarded
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "true" : "false" }

    public func bytesLiteral(_ hex: String) -> String { "x'\(hex)'" }

    public func timestampLiteral(_ utc: String) -> String { quoteLiteral(utc) }

    public func online(_ options: OnlineOptions) throws -> any SQLDialect {
        throw SchemaError(.unsupportedByDialect, """
            \(id.name) has no online schema changes: every change holds the database's write lock for as long as it runs. \
            Apply the update without --online.
            """)
    }

    public func onlineScript(_ script: SQLScript, _ options: OnlineOptions) -> SQLScript { script }

    public func defaultPrimaryKeyName(table: String) -> String? { nil }

    public var databaseListQuery: String? { nil }

    public func sequenceName(inDefault value: String) -> QualifiedName? { nil }

    public func serialSequence(of column: ColumnSchema, table: TableSchema) -> QualifiedName? { nil }
}

/// Whether a name can be written bare in SQL (`utf8mb4`, `gin`, `Latin1_General_CI_AS`).
func isBareWord(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
}

/// Identifies a dialect without comparing strings in shared code.
public struct DialectID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier's text: `postgresql`, `mysql`, `mariadb`, `sqlite`, `mssql`.
    public var rawValue: String
    /// An identifier with this text; a dialect of your own needs one no built-in dialect uses.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// PostgreSQL: `postgresql`.
    public static let postgreSQL = DialectID("postgresql")
    /// MySQL: `mysql`.
    public static let mySQL = DialectID("mysql")
    /// MariaDB, a ``MySQLDialect`` flavor: `mariadb`.
    public static let mariaDB = DialectID("mariadb")
    /// SQLite: `sqlite`.
    public static let sqlite = DialectID("sqlite")
    /// SQL Server: `mssql`.
    public static let sqlServer = DialectID("mssql")

    /// The engine's name for messages: `PostgreSQL`, `MariaDB`, `SQLite`.
    public var name: String {
        switch self {
        case .postgreSQL: "PostgreSQL"
        case .mySQL: "MySQL"
        case .mariaDB: "MariaDB"
        case .sqlite: "SQLite"
        case .sqlServer: "SQL Server"
        default: rawValue
        }
    }
}

/// What a dialect can do; shared code asks these instead of asking which dialect it is.
public struct DialectCapabilities: Sendable, Hashable {
    /// `create schema`, schema-qualified tables.
    public var supportsSchemas = false
    /// `create type … as enum`.
    public var supportsNativeEnums = false
    /// Enumerations are a column type (`enum('a','b')`) rather than a check constraint.
    public var hasInlineEnumType = false
    /// Column and table comments are stored.
    public var supportsComments = false
    /// Foreign keys get an index of their own (MySQL, SQLite), as MikroORM does.
    public var indexesForeignKeys = false
    /// Foreign keys and checks can only be declared inside `create table` (SQLite).
    public var requiresInlineConstraints = false
    /// DDL runs inside transactions and rolls back (PostgreSQL, SQLite).
    public var supportsTransactionalDDL = false
    /// `unsigned` integer columns.
    public var supportsUnsigned = false
    /// `drop table … cascade`.
    public var supportsDropCascade = false
    /// `where` on an index.
    public var supportsPartialIndexes = false
    /// Array column types (`text[]`).
    public var supportsArrays = false
    /// Several cascading paths may lead to one table (SQL Server refuses them: error 1785).
    public var allowsMultipleCascadePaths = true
    /// Foreign key checks can be switched off for a session, so referenced tables can be dropped.
    public var canDisableForeignKeyChecks = true
    /// Descending index columns are recorded and introspectable.
    public var supportsDescendingIndexes = true
    /// Unique constraints are objects apart from unique indexes (PostgreSQL, SQL Server).
    public var distinguishesUniqueConstraints = false
    /// Table and column names match regardless of case (SQLite): `Users` and `users` are one
    /// table, and a change of case alone is a rename.
    public var namesAreCaseInsensitive = false

    /// Every capability at its default: none of the optional features, except that several cascade
    /// paths are allowed, foreign key checks can be switched off and descending indexes are kept. A
    /// dialect turns on what its engine has.
    public init() {}
}

/// One schema change, before it is rendered for a dialect.
public enum SchemaOperation: Sendable, Hashable {
    /// Creates a namespace unless it exists: `create schema if not exists "tenant"`; MySQL and SQLite
    /// refuse it.
    case createNamespace(String)
    /// Drops a namespace if it exists: `drop schema if exists "tenant"`; destructive. MySQL and SQLite refuse it.
    case dropNamespace(String)
    /// Creates a PostgreSQL enum type: `create type "book_status" as enum ('draft', 'published')`;
    /// other engines refuse it.
    case createNativeEnum(NativeEnumSchema)
    /// Drops a PostgreSQL enum type: `drop type if exists "book_status"`; destructive.
    case dropNativeEnum(NativeEnumSchema)
    /// Creates a PostgreSQL sequence, domain, composite type or collation; a sequence without
    /// its owner, which ``setSequenceOwner(_:)`` sets once the table exists. Other engines refuse it.
    ///
    /// ```sql
    /// create sequence "batch_seq" as integer increment by 5 cache 10 cycle;
    /// create domain "email_address" as text constraint "email_address_check" check (VALUE ~~ '%_@_%');
    /// ```
    case createObject(DatabaseObject)
    /// Changes a PostgreSQL object in place (`alter sequence … increment by 5`, `alter domain …
    /// set not null`, `alter type … add attribute …`); a change the engine cannot make in place
    /// throws ``SchemaError/Code/unsupportedByDialect``. A sequence's owner is left to
    /// ``setSequenceOwner(_:)``.
    case alterObject(from: DatabaseObject, to: DatabaseObject)
    /// Drops a PostgreSQL object if it exists, without `cascade`: `drop domain if exists
    /// "email_address"`; destructive.
    case dropObject(DatabaseObject)
    /// Sets the column a sequence belongs to, or none: `alter sequence "voucher_id_seq" owned by
    /// "voucher"."id"`.
    case setSequenceOwner(SequenceSchema)
    /// Creates a table with its columns and primary key (and, where the dialect requires it,
    /// its foreign keys and checks inline).
    case createTable(TableSchema)
    /// Drops a table if it exists: `drop table if exists "book"` (`… cascade` on PostgreSQL);
    /// destructive.
    case dropTable(QualifiedName)
    /// Creates an index or unique constraint on `table`:
    /// `create index "book_title_index" on "book" ("title")`; an engine without one of its
    /// options throws ``SchemaError``.
    case createIndex(IndexSchema, table: QualifiedName)
    /// Drops an index or unique constraint: `drop index "book_title_index"`, MySQL
    /// `alter table … drop index`.
    case dropIndex(IndexSchema, table: QualifiedName)
    /// Adds a foreign key to an existing table; SQLite refuses it (its table is rebuilt instead).
    ///
    /// ```sql
    /// alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id");
    /// ```
    case addForeignKey(ForeignKeySchema, table: QualifiedName)
    /// Drops a foreign key: `alter table "book" drop constraint "book_author_id_foreign"` (MySQL
    /// `drop foreign key`); SQLite refuses it.
    case dropForeignKey(ForeignKeySchema, table: QualifiedName)
    /// Adds a check constraint: `alter table "book" add constraint "book_price_check" check (price >= 0)`;
    /// SQLite refuses it.
    case addCheck(CheckSchema, table: QualifiedName)
    /// Drops a check constraint: `alter table "book" drop constraint "book_price_check"`; SQLite
    /// refuses it.
    case dropCheck(CheckSchema, table: QualifiedName)
    /// Sets (or, with `nil`, removes) the comment of a table or of one of its columns.
    case setComment(table: QualifiedName, column: ColumnSchema?, comment: String?)
    /// Sets (or removes) the comment of an index or unique constraint to ``IndexSchema/comment``.
    case setIndexComment(IndexSchema, table: QualifiedName)
    /// Changes a table's storage options in place (engine, parameters, `unlogged`).
    case setTableOptions(from: TableOptions, to: TableOptions, table: QualifiedName)
    /// Adds a PostgreSQL exclusion constraint as its definition is written; other engines refuse it.
    ///
    /// ```sql
    /// alter table "booking" add constraint "booking_no_overlap" EXCLUDE USING gist (…);
    /// ```
    case addExclusion(ExclusionConstraintSchema, table: QualifiedName)
    /// Drops a PostgreSQL exclusion constraint; other engines refuse it.
    case dropExclusion(ExclusionConstraintSchema, table: QualifiedName)
    /// Sets (or removes) the comment of a check or foreign key.
    case setConstraintComment(name: String, comment: String?, table: QualifiedName)
    /// Adds a MariaDB application-time period; other engines refuse it.
    ///
    /// ```sql
    /// alter table `coupon` add period for `valid_period` (`date_start`, `date_end`);
    /// ```
    case addPeriod(PeriodSchema, table: QualifiedName)
    /// Drops a MariaDB application-time period (after the keys that use it).
    case dropPeriod(PeriodSchema, table: QualifiedName)
    /// Changes a table's default collation and converts the text columns that inherit it
    /// (MySQL `convert to character set`).
    case convertCollation(String, table: QualifiedName)
    /// Removes every row of these tables (children before parents), keeping the tables.
    case deleteRows([QualifiedName])

    // MARK: Updates

    /// Renames a table within its namespace.
    case renameTable(from: QualifiedName, to: QualifiedName)
    /// Adds a column to an existing table.
    case addColumn(ColumnSchema, table: TableSchema)
    /// Drops a column: `alter table "book" drop column "isbn"`; destructive.
    case dropColumn(ColumnSchema, table: QualifiedName)
    /// Renames a column, keeping its values.
    case renameColumn(from: String, to: ColumnSchema, table: QualifiedName)
    /// Changes a column's definition in place; `changes` are the attributes that differ.
    case alterColumn(from: ColumnSchema, to: ColumnSchema, table: TableSchema, changes: Set<ColumnChange.Attribute>)
    /// Replaces the primary key; `liveTableName` is the name the table had when its key was
    /// created (PostgreSQL names the key after it).
    case changePrimaryKey(from: PrimaryKeySchema?, to: PrimaryKeySchema?, table: QualifiedName, liveTableName: String)
    /// Renames an index or unique constraint: `alter index "a" rename to "b"` on PostgreSQL,
    /// `rename index` on MySQL, `sp_rename` on SQL Server; SQLite drops and recreates it.
    case renameIndex(from: IndexSchema, to: IndexSchema, table: QualifiedName)
}

extension SQLDialect {
    /// Renders a fragment with this dialect's quoting.
    public func sql(_ fragment: SQLFragment) -> String { fragment.render(with: self) }

    /// Renders several operations, in order.
    public func render(_ operations: [SchemaOperation]) throws -> [SQLStatement] {
        try operations.flatMap { try render($0) }
    }

    /// A constraint or index name shortened to this dialect's limit.
    public func constraintName(_ name: String, kind: ConstraintKind) -> String {
        IdentifierTruncation.truncate(name, suffix: kind.suffix, limit: maxIdentifierLength)
    }

    /// `"c" in ('a', 'b')`: the check that stands in for an enumeration type.
    public func enumCheckExpression(column: String, items: [String]) -> String {
        sql("\(id: column) in (\(literals: items))")
    }

    func unsupported(_ what: String) -> SchemaError {
        SchemaError(.unsupportedByDialect, "\(id) does not support \(what)")
    }

    /// A statement from a fragment this dialect quotes.
    public func statement(_ fragment: SQLFragment, _ kind: SQLStatement.Kind, table: QualifiedName? = nil,
                          isDestructive: Bool = false, requirements: SQLStatement.Requirements? = nil) -> SQLStatement {
        SQLStatement(fragment, quotedBy: self, kind: kind, table: table, isDestructive: isDestructive, requirements: requirements)
    }

    // MARK: Shared renderings, used by dialects whose syntax is the common one.

    func standardIndexColumns(_ index: IndexSchema) -> SQLFragment {
        // An expression is one key part; parentheses make any expression valid there, not only calls.
        // A list of index elements (as PostgreSQL's reader gives a mixed index) is written as is.
        if let expression = index.expression {
            return isIndexElementList(expression) ? "\(raw: expression)" : "(\(raw: expression))"
        }
        return index.columns.map { column in
            var part: SQLFragment = "\(id: column.name)"
            if let length = column.length { part += "(\(raw: String(length)))" }
            if let collation = column.collation { part += " collate \(id: collation)" }
            if let operatorClass = column.operatorClass { part += " \(word: operatorClass)" }
            if column.isDescending { part += " desc" }
            if let nulls = column.nulls { part += " nulls \(raw: nulls.rawValue)" }
            return part
        }.joined(separator: ", ") + (index.withoutOverlaps.map { ", \(id: $0) without overlaps" } ?? "")
    }

    /// Whether an index expression is a list of elements (`"a", (lower(b)) desc`) rather than one
    /// expression: a comma outside parentheses, or a parenthesised expression followed only by
    /// element options (`desc`, `nulls last`, an operator class, `collate "C"`).
    func isIndexElementList(_ expression: String) -> Bool {
        let tokens = SQLLexer(rules: lexicalRules).meaningfulTokens(in: expression)
        var depth = 0
        var leadingGroupEnd: Int?
        for (position, token) in tokens.enumerated() where token.kind == .punctuation {
            if token.text == "(" { depth += 1 }
            if token.text == ")" {
                depth -= 1
                if depth == 0, leadingGroupEnd == nil, tokens.first?.text == "(" { leadingGroupEnd = position }
            }
            if depth == 0, token.text == "," { return true }
        }
        guard let end = leadingGroupEnd, end < tokens.count - 1 else { return false }
        return tokens[(end + 1)...].allSatisfy { $0.kind == .word || $0.kind == .quotedIdentifier }
    }

    /// Refuses a column that asks for an attribute only some engines keep (`identity`,
    /// `on update`, `invisible`), naming the attribute and the column.
    func refuseColumnAttributes(_ column: ColumnSchema, allowing allowed: Set<ColumnChange.Attribute>) throws {
        if column.identity != nil, !allowed.contains(.identity) {
            throw unsupported("identity columns (\(column.name)); use autoincrement")
        }
        if let onUpdate = column.onUpdate, !allowed.contains(.onUpdate) {
            throw unsupported("on update \(onUpdate) (column \(column.name)); use a trigger")
        }
        if column.isInvisible, !allowed.contains(.invisible) { throw unsupported("invisible columns (\(column.name))") }
        if let storage = column.storage, !allowed.contains(.storage) {
            throw unsupported("column storage \(storage.rawValue) (\(column.name))")
        }
        if column.check != nil, !allowed.contains(.check) {
            throw unsupported("column-level checks (\(column.name)); declare the check on the table")
        }
    }

    /// Refuses an index that asks for an option this engine lacks, naming the option and the
    /// index, before any SQL is written.
    func refuseIndexOptions(_ index: IndexSchema, allowing allowed: Set<IndexOption>) throws {
        for option in IndexOption.allCases where !allowed.contains(option) && option.isUsed(by: index) {
            let which = option == .predicate ? "\(index.name) where \(index.predicate ?? "")" : "index \(index.name)"
            throw unsupported("\(option.description) (\(which))")
        }
    }

    /// `with (fillfactor = 70, deduplicate_items = off)` from `name=value` pairs.
    func storageParameters(_ parameters: [String]) -> SQLFragment {
        parameters.map { parameter -> SQLFragment in
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            let value = parts.count > 1 ? parts[1] : "true"
            let isPlain = Double(value) != nil || isBareWord(value)
            return "\(word: parts[0]) = " + (isPlain ? "\(raw: value)" : "\(literal: value)")
        }.joined(separator: ", ")
    }

    func foreignKeyClause(_ key: ForeignKeySchema) -> SQLFragment {
        var text: SQLFragment = "foreign key (\(ids: key.columns)) references \(table: key.referencedTable) (\(ids: key.referencedColumns))"
        if key.matchesFull { text += " match full" }
        if let rule = key.updateRule { text += " on update \(raw: rule.sql)" }
        if let rule = key.deleteRule {
            text += " on delete \(raw: rule.sql)"
            if let columns = key.deleteSetColumns { text += " (\(ids: columns))" }
        }
        if let deferral = key.deferral { text += " deferrable initially \(raw: deferral.rawValue)" }
        return text
    }

    /// Refuses what only PostgreSQL keeps on a key or check: `match full`, `no inherit`, comments.
    func refuseConstraintOptions(foreignKey key: ForeignKeySchema? = nil, check: CheckSchema? = nil) throws {
        if let key, key.matchesFull { throw unsupported("match full (foreign key \(key.name))") }
        if let key, key.deleteSetColumns != nil { throw unsupported("on delete set null/default with a column list (foreign key \(key.name))") }
        if let key, key.comment != nil { throw unsupported("comments on foreign keys (\(key.name))") }
        if let check, check.isNoInherit { throw unsupported("no inherit (check \(check.name))") }
        if let check, check.comment != nil { throw unsupported("comments on checks (\(check.name))") }
    }

    func standardAddForeignKey(_ key: ForeignKeySchema, table: QualifiedName) -> SQLStatement {
        statement("alter table \(table: table) add constraint \(id: key.name) \(foreignKeyClause(key))", .addForeignKey, table: table)
    }

    func standardAddCheck(_ check: CheckSchema, table: QualifiedName) -> SQLStatement {
        statement("alter table \(table: table) add constraint \(id: check.name) check (\(raw: check.expression))"
                  + (check.isNoInherit ? " no inherit" : ""), .addCheck, table: table)
    }

    /// `alter table t drop column c`.
    func standardDropColumn(_ column: ColumnSchema, table: QualifiedName) -> SQLStatement {
        statement("alter table \(table: table) drop column \(id: column.name)", .dropColumn, table: table, isDestructive: true)
    }

    /// `alter table t rename column a to b` (MySQL 8.0, MariaDB 10.5, SQLite 3.25, PostgreSQL).
    func standardRenameColumn(from: String, to: ColumnSchema, table: QualifiedName) -> SQLStatement {
        statement("alter table \(table: table) rename column \(id: from) to \(id: to.name)", .renameColumn, table: table)
    }

    /// `delete from t`, one statement per table, children first as given.
    func standardDeleteRows(_ tables: [QualifiedName]) -> [SQLStatement] {
        tables.map { statement("delete from \(table: $0)", .deleteRows, table: $0, isDestructive: true) }
    }

    func standardDropConstraint(_ name: String, table: QualifiedName, kind: SQLStatement.Kind) -> SQLStatement {
        statement("alter table \(table: table) drop constraint \(id: name)", kind, table: table)
    }

    /// `create [unique] index "n" on "t" [using m] (cols) [where p]`.
    func standardCreateIndex(_ index: IndexSchema, table: QualifiedName, qualifyIndexName: Bool = false) -> SQLStatement {
        var text: SQLFragment = index.isUnique ? "create unique index " : "create index "
        text += qualifyIndexName ? "\(table: QualifiedName(index.name, schema: table.schema))" : "\(id: index.name)"
        text += " on \(table: table)"
        if let method = index.method { text += " using \(raw: method)" }
        text += " (\(standardIndexColumns(index)))"
        if let predicate = index.predicate { text += " where \(raw: predicate)" }
        return statement(text, .createIndex, table: table)
    }

    /// A default as SQL: strings quoted, numbers and raw SQL as written, Booleans as given.
    func standardDefault(_ value: DefaultValue, true trueLiteral: String, false falseLiteral: String) -> String {
        switch value {
        case .string(let text): quoteLiteral(text)
        case .number(let number): number
        case .boolean(let flag): flag ? trueLiteral : falseLiteral
        case .raw(let sql): sql
        case .null: "null"
        }
    }
}

/// What an index can ask of an engine beyond plain key columns.
enum IndexOption: CaseIterable, CustomStringConvertible {
    case expression, predicate, collation, operatorClass, nullsOrder, prefixLength, include, storageParameters,
         nullsNotDistinct, deferral, comment, ignored, withoutOverlaps

    var description: String {
        switch self {
        case .expression: "expression indexes"
        case .predicate: "partial indexes"
        case .collation: "a collation on an index column"
        case .operatorClass: "operator classes"
        case .nullsOrder: "nulls first/last on an index column"
        case .prefixLength: "index prefix lengths"
        case .include: "included (non-key) index columns"
        case .storageParameters: "index storage parameters"
        case .nullsNotDistinct: "unique indexes with nulls not distinct"
        case .deferral: "deferrable unique constraints"
        case .comment: "comments on indexes"
        case .ignored: "ignored (invisible) indexes"
        case .withoutOverlaps: "unique keys without overlaps"
        }
    }

    func isUsed(by index: IndexSchema) -> Bool {
        switch self {
        case .expression: index.expression != nil
        case .predicate: index.predicate != nil
        case .collation: index.columns.contains { $0.collation != nil }
        case .operatorClass: index.columns.contains { $0.operatorClass != nil }
        case .nullsOrder: index.columns.contains { $0.nulls != nil }
        case .prefixLength: index.columns.contains { $0.length != nil }
        case .include: !index.include.isEmpty
        case .storageParameters: !index.storageParameters.isEmpty
        case .nullsNotDistinct: index.nullsNotDistinct
        case .deferral: index.deferral != nil
        case .comment: index.comment != nil
        case .ignored: index.isIgnored
        case .withoutOverlaps: index.withoutOverlaps != nil
        }
    }
}
