import Foundation
import Logging
import SchemaKitCore
@testable import SchemaKitMySQL
import SchemaKitTestFixtures
import Testing

/// The server `scripts/with-servers.sh` starts (MariaDB 10.11). Without it the suite is skipped,
/// visibly: Swift Testing prints the reason. CI always sets it.
let mysqlURL = ProcessInfo.processInfo.environment["SCHEMAKIT_MYSQL_URL"]

@Suite("MySQL/MariaDB, live", .enabled(if: mysqlURL != nil, "SCHEMAKIT_MYSQL_URL is not set; run scripts/with-servers.sh"))
struct MySQLIntegrationTests {
    let logger = Logger(label: "schemakit.test.mysql")

    /// A fresh database per test, dropped afterwards, so tests run in parallel.
    func withDatabase<T>(_ body: (MySQLSchemaDatabase, DatabaseURL) async throws -> T) async throws -> T {
        let base = try DatabaseURL(try #require(mysqlURL))
        let url = base.withDatabase("schemakit_t_\(UUID().uuidString.prefix(8).lowercased())")
        let connector = try MySQLConnector(url: url)
        try await connector.createDatabase(logger: logger, managementDatabase: nil)
        do {
            let database = try await MySQLSchemaDatabase.connect(url: url, logger: logger)
            do {
                let result = try await body(database, url)
                try await database.close()
                try await connector.dropDatabase(logger: logger, managementDatabase: nil)
                return result
            } catch {
                try? await database.close()
                throw error
            }
        } catch {
            try? await connector.dropDatabase(logger: logger, managementDatabase: nil)
            throw error
        }
    }

    /// Create from metadata, introspect, compare: no difference.
    func roundTrip(_ entities: [EntitySchema]) async throws {
        try await withDatabase { database, _ in try await expectRoundTrip(entities, on: database) }
    }

    @Test("a column collation equal to the table's default is no difference; another one is kept")
    func collations() async throws {
        try await roundTrip([EntitySchema(name: "Collated", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "plain", type: .string, collation: "utf8mb4_general_ci"),
            PropertySchema(name: "exact", type: .string, collation: "utf8mb4_bin"),
        ])])
    }

    @Test("the server is MariaDB and gets MariaDB's dialect, whatever the URL scheme")
    func dialectFollowsServer() async throws {
        try await withDatabase { database, _ in
            #expect(database.serverVersion.contains("MariaDB"))
            #expect(database.dialect.id == .mariaDB)
        }
        let url = try DatabaseURL(try #require(mysqlURL))
        #expect(try MySQLConnector(url: url.description).dialect.id == (url.scheme == .mariadb ? .mariaDB : .mySQL))
        var mariadb = url
        mariadb.scheme = .mariadb
        let configuration = try DatabaseConfiguration.mysql(url: "mariadb://u:pw-secret@db.example:3307/shop?ssl=true")
        #expect(configuration.dialect.id == .mariaDB)
        #expect(configuration.description == "mariadb://u@db.example:3307/shop")
        #expect(try MySQLConnector(url: mariadb).dialect.id == .mariaDB)
    }

    @Test("the blog fixture model: create, introspect, compare: no difference")
    func wholeModelRoundTrip() async throws {
        try await roundTrip(BlogModel.entities.map { $0.schema })
    }

    @Test("one fixture per feature round-trips", arguments: FeatureFixtures.all.map(\.name))
    func featureRoundTrip(name: String) async throws {
        try await roundTrip(try #require(FeatureFixtures.all.first { $0.name == name }).entities)
    }

    @Test("hostile names, comments and defaults survive create, introspect and compare")
    func hostileNames() async throws {
        try await roundTrip(FeatureFixtures.hostile)
        try await withDatabase { database, _ in
            let table = #"we"ird`; drop table x; --"#
            try await database.execute([
                SQLStatement(unsafeSQL: #"""
                    create table `we"ird``; drop table x; --` (`id` int not null primary key,
                      `naïve ; col` varchar(40) not null default 'O''Reilly \\ `x` "y"; --' comment 'c''mt; `z` \\',
                      `ünï` enum('a''b','c"d','e`f','g\\h') not null)
                      default character set utf8mb4 comment = 'it''s a "table"; -- \\'
                    """#, kind: .createTable),
                SQLStatement(unsafeSQL: #"alter table `we"ird``; drop table x; --` add constraint `ch;"``k` check (`ünï` <> 'a''b' or `naïve ; col` <> 'x\\y')"#,
                             kind: .addCheck),
                SQLStatement(unsafeSQL: #"alter table `we"ird``; drop table x; --` add unique `u; "ï``"`(`naïve ; col`)"#, kind: .createIndex),
            ], transactional: false)
            let schema = try await database.introspect(.init())
            let live = try #require(schema.table(QualifiedName(table)))
            #expect(live.comment == #"it's a "table"; -- \"#)
            #expect(live.columns.map(\.name) == ["id", "naïve ; col", "ünï"])
            #expect(live.columns[1].comment == #"c'mt; `z` \"#)
            #expect(live.columns[2].enumItems == ["a'b", #"c"d"#, "e`f", #"g\h"#])
            #expect(live.indexes.map(\.name) == [#"u; "ï`""#])
            #expect(live.checks.map(\.name) == [#"ch;"`k"#])
            let dialect = database.mySQLDialect
            let expected = TableSchema(
                name: table,
                comment: #"it's a "table"; -- \"#,
                columns: [
                    ColumnSchema(name: "id", type: "int"),
                    ColumnSchema(name: "naïve ; col", type: "varchar(40)", defaultValue: dialect.quoteLiteral(#"O'Reilly \ `x` "y"; --"#),
                                 comment: #"c'mt; `z` \"#),
                    ColumnSchema(name: "ünï", type: "enum(" + ["a'b", #"c"d"#, "e`f", #"g\h"#].map(dialect.quoteLiteral).joined(separator: ",") + ")"),
                ],
                primaryKey: PrimaryKeySchema(columns: ["id"]),
                indexes: [IndexSchema(name: #"u; "ï`""#, columns: [.init("naïve ; col")], isUnique: true, isConstraint: true)],
                checks: [CheckSchema(name: #"ch;"`k"#, expression: #"`ünï` <> 'a''b' or `naïve ; col` <> 'x\\y'"#)])
            let difference = try SchemaComparator.compare(from: schema, to: DatabaseSchema(tables: [expected]), dialect: dialect)
            #expect(difference.isEmpty, "\(difference.description)")
        }
    }

    @Test("a hand-written schema is read attribute by attribute")
    func handWritten() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: """
                    create table `parent` (`id` bigint unsigned not null auto_increment primary key,
                      `code` varchar(20) collate utf8mb4_bin not null, unique key `parent_code_unique` (`code`))
                      default character set utf8mb4 collate utf8mb4_general_ci comment = 'parents'
                    """, kind: .createTable),
                SQLStatement(unsafeSQL: """
                    create table `child` (
                      `id` int not null auto_increment,
                      `parent_id` bigint unsigned null,
                      `qty` decimal(10,2) not null default 0 comment 'how many',
                      `label` varchar(30) not null default 'it''s',
                      `state` enum('new','done') not null default 'new',
                      `flag` tinyint(1) not null default true,
                      `created` datetime(3) not null default current_timestamp(3),
                      `doc` json null,
                      `total` decimal(12,2) generated always as (`qty` * 2) stored,
                      `note` text null,
                      `rank` smallint(5) unsigned zerofill null,
                      primary key (`id`),
                      index `child_label_state` (`label` desc, `state`),
                      fulltext key `child_note_fulltext` (`note`),
                      constraint `child_parent_fk` foreign key (`parent_id`) references `parent` (`id`)
                        on delete set null on update cascade,
                      constraint `child_qty_positive` check (`qty` >= 0)
                    ) default character set utf8mb4 collate utf8mb4_general_ci engine = InnoDB
                    """, kind: .createTable),
            ], transactional: false)
            let schema = try await database.introspect(.init())
            #expect(schema.tables.map(\.name) == ["child", "parent"])
            #expect(schema.namespaces.isEmpty && schema.nativeEnums.isEmpty)

            let parent = try #require(schema.table(QualifiedName("parent")))
            #expect(parent == TableSchema(
                name: "parent", comment: "parents", collation: "utf8mb4_general_ci",
                columns: [
                    ColumnSchema(name: "id", type: "bigint", isAutoincrement: true, isUnsigned: true),
                    ColumnSchema(name: "code", type: "varchar(20)", collation: "utf8mb4_bin"),
                ],
                primaryKey: PrimaryKeySchema(columns: ["id"]),
                indexes: [IndexSchema(name: "parent_code_unique", columns: [.init("code")], isUnique: true, isConstraint: true)],
                options: TableOptions(engine: "InnoDB")))

            let child = try #require(schema.table(QualifiedName("child")))
            #expect(child.comment == nil)
            #expect(child.primaryKey == PrimaryKeySchema(columns: ["id"]))
            #expect(child.columns.map(\.name) == ["id", "parent_id", "qty", "label", "state", "flag", "created", "doc", "total", "note", "rank"])
            let expectedColumns = [
                ColumnSchema(name: "id", type: "int", isAutoincrement: true),
                ColumnSchema(name: "parent_id", type: "bigint", isNullable: true, isUnsigned: true),
                ColumnSchema(name: "qty", type: "decimal(10,2)", defaultValue: "0.00", comment: "how many"),
                ColumnSchema(name: "label", type: "varchar(30)", defaultValue: "'it''s'"),
                ColumnSchema(name: "state", type: "enum('new','done')", defaultValue: "'new'", enumItems: ["new", "done"]),
                ColumnSchema(name: "flag", type: "tinyint(1)", defaultValue: "1"),
                ColumnSchema(name: "created", type: "datetime(3)", defaultValue: "current_timestamp(3)"),
                ColumnSchema(name: "doc", type: "json", isNullable: true),
                ColumnSchema(name: "total", type: "decimal(12,2)", isNullable: true,
                             generated: GeneratedColumn("`qty` * 2", storage: .stored)),
                ColumnSchema(name: "note", type: "text", isNullable: true),
                ColumnSchema(name: "rank", type: "smallint(5) zerofill", isNullable: true, isUnsigned: true),
            ]
            for (live, expected) in zip(child.columns, expectedColumns) {
                #expect(live == expected, "column \(expected.name)")
            }
            #expect(child.indexes == [
                IndexSchema(name: "child_label_state", columns: [.init("label", descending: true), .init("state")]),
                IndexSchema(name: "child_note_fulltext", columns: [.init("note")], method: "fulltext"),
                // InnoDB indexes a foreign key's columns itself, under the constraint's name.
                IndexSchema(name: "child_parent_fk", columns: [.init("parent_id")]),
            ])
            #expect(child.foreignKeys == [ForeignKeySchema(
                name: "child_parent_fk", columns: ["parent_id"], referencedTable: QualifiedName("parent"),
                referencedColumns: ["id"], deleteRule: .setNull, updateRule: .cascade)])
            // MariaDB's own `json_valid(doc)` check is folded into the `json` type.
            #expect(child.checks == [CheckSchema(name: "child_qty_positive", expression: "`qty` >= 0", column: "qty")])

            // The same schema declared as a target compares equal after canonical spelling.
            var declared = child
            declared.columns[2].type = "numeric(10,2)"
            declared.columns[2].defaultValue = "0"
            declared.columns[5].defaultValue = "true"
            declared.columns[8].generated = GeneratedColumn("qty * 2", storage: .stored)
            declared.checks[0].expression = "qty >= 0"
            let difference = try SchemaComparator.compare(
                from: schema, to: DatabaseSchema(tables: [parent, declared]), dialect: database.mySQLDialect)
            #expect(difference.isEmpty, "\(difference.description)")
        }
    }

    @Test("the streamed read (tables and columns row by row) builds what the held rows build, partitions and periods included")
    func streamedReadMatchesHeldRows() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: """
                    create table `sale` (`id` int not null, `sold` date not null, `doc` json null,
                      `price` decimal(10,2) not null check (`price` >= 0), primary key (`id`, `sold`))
                      partition by range (year(`sold`)) (partition `p2024` values less than (2025), partition `pmax` values less than maxvalue)
                    """, kind: .createTable),
                SQLStatement(unsafeSQL: """
                    create table `booking` (`id` int not null, `room` int not null, `starts` date not null, `ends` date not null,
                      period for `stay` (`starts`, `ends`), unique key `booking_room_stay` (`room`, `stay` without overlaps),
                      constraint `booking_room_positive` check (`room` > 0))
                    """, kind: .createTable),
                SQLStatement(unsafeSQL: "create table `plain` (`id` int not null primary key, `name` varchar(20) not null comment 'n')",
                             kind: .createTable),
            ], transactional: false)
            let streamed = try await database.introspect(.init())
            let introspector = MySQLIntrospector(connection: database.connection, dialect: database.mySQLDialect)
            let (catalog, queries) = try await introspector.catalog()
            let held = MySQLSchemaReader(dialect: database.mySQLDialect, defaultsAreQuoted: true,
                                         expressionsAreEscaped: queries.expressionsAreEscaped).schema(from: catalog)
            #expect(streamed == held)
            #expect(streamed.tables.map(\.name) == ["booking", "plain", "sale"])
            let sale = try #require(streamed.table(QualifiedName("sale")))
            #expect(sale.options.partitioning?.lowercased().hasPrefix("partition by range") == true)
            #expect(sale.column("doc")?.type == "json" && sale.column("price")?.check == "`price` >= 0")
            let booking = try #require(streamed.table(QualifiedName("booking")))
            #expect(booking.periods == [PeriodSchema(name: "stay", start: "starts", end: "ends")])
            #expect(booking.indexes.first { $0.name == "booking_room_stay" }?.withoutOverlaps == "stay")
            #expect(booking.checks.map(\.name) == ["booking_room_positive"])
        }
    }

    @Test("skipTables and skipColumns leave tables, columns and what uses them out")
    func skipLists() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: "create table `audit_log` (`id` int primary key)", kind: .createTable),
                SQLStatement(unsafeSQL: "create table `temp_x` (`id` int primary key)", kind: .createTable),
                SQLStatement(unsafeSQL: """
                    create table `users` (`id` int primary key, `email` varchar(50) not null, `internal_notes` text,
                      `system_flag` int, unique key `users_email_unique` (`email`), index `users_flag` (`system_flag`),
                      constraint `users_flag_check` check (`system_flag` > 0))
                    """, kind: .createTable),
            ], transactional: false)
            let schema = try await database.introspect(.init(
                skipTables: ["AUDIT_LOG", .regex(/^temp_/)],
                skipColumns: ["users": ["internal_notes", .regex(/^system_/)]]))
            #expect(schema.tables.map(\.name) == ["users"])
            let users = try #require(schema.tables.first)
            #expect(users.columns.map(\.name) == ["id", "email"])
            #expect(users.indexes.map(\.name) == ["users_email_unique"])
            #expect(users.checks.isEmpty)
        }
    }

    @Test("introspection takes the same six queries for 3 tables and for 30")
    func batchedIntrospection() async throws {
        func queries(tables: Int) async throws -> Int {
            try await withDatabase { database, _ in
                let statements = (0..<tables).flatMap { index in [
                    SQLStatement(unsafeSQL: """
                        create table `t\(index)` (`id` int unsigned not null auto_increment primary key, `parent_id` int unsigned null,
                          `name` varchar(20) not null default 'x' comment 'n', unique key `t\(index)_name_unique` (`name`),
                          constraint `t\(index)_name_check` check (`name` <> ''))
                        """, kind: .createTable),
                    SQLStatement(unsafeSQL: "alter table `t\(index)` add constraint `t\(index)_fk` foreign key (`parent_id`) references `t\(index)` (`id`)",
                                 kind: .addForeignKey),
                ] }
                try await database.execute(statements, transactional: false)
                let before = await database.queryCount
                let schema = try await database.introspect(.init())
                #expect(schema.tables.count == tables)
                #expect(schema.tables.allSatisfy { $0.foreignKeys.count == 1 && $0.checks.count == 1 && $0.indexes.count == 2 })
                return await database.queryCount - before
            }
        }
        let small = try await queries(tables: 3)
        #expect(small == 6)
        #expect(try await queries(tables: 30) == small)
    }

    /// The cause of a catalog read failing one time in three on a busy machine: "Error on delete
    /// of '/tmp/#sql-temptable-….MAI' (Errcode: 2)". MariaDB keeps the information_schema tables a
    /// query reads as temporary tables in its tmpdir (on disk as soon as they have a text column),
    /// and every mariadbd deletes all `#sql*` files in its tmpdir when it starts. Test servers
    /// sharing /tmp deleted each other's: any server started during a read broke it.
    @Test("the test server keeps its temporary tables in a folder of its own",
          .enabled(if: ProcessInfo.processInfo.environment["SCHEMAKIT_SERVERS_STARTED"] == "1",
                   "the server was not started by scripts/with-servers.sh"))
    func privateTemporaryDirectory() async throws {
        try await withDatabase { database, _ in
            let directory = try #require(try await database.rows("select @@tmpdir").first?.first ?? nil)
            let shared = ["/tmp", "/var/tmp", ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"]
                .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            #expect(!shared.contains(URL(fileURLWithPath: directory).standardizedFileURL.path), "tmpdir is \(directory)")
        }
    }

    @Test("wrong credentials name host, port and database, never the password")
    func wrongPassword() async throws {
        var url = try DatabaseURL(try #require(mysqlURL))
        url.password = "not-the-s3cret-pw"
        let error = try await #require(throws: SchemaError.self) {
            try await MySQLSchemaDatabase.connect(url: url, logger: logger)
        }
        #expect(error.code == .connectionFailed)
        #expect(error.message.contains("\(url.host):\(url.port ?? 3306), database '\(url.database)'"), "\(error.message)")
        #expect(error.message.contains("Access denied"), "\(error.message)")
        #expect(!error.message.contains("not-the-s3cret-pw"))
        #expect(!String(describing: error).contains("not-the-s3cret-pw"))
        #expect(!String(describing: error.underlying as Any).contains("not-the-s3cret-pw"))

        // The connector's management connection reports the same way.
        let connector = try MySQLConnector(url: url)
        let managementError = try await #require(throws: SchemaError.self) {
            try await connector.databaseExists(logger: logger, managementDatabase: nil)
        }
        #expect(managementError.code == .connectionFailed)
        #expect(!managementError.message.contains("not-the-s3cret-pw"))
        #expect(!connector.description.contains("not-the-s3cret-pw"))
    }

    @Test("a refused connection is a connectionFailed error naming where it went")
    func refusedConnection() async throws {
        // Port 1 on loopback: nothing listens there.
        let error = try await #require(throws: SchemaError.self) {
            try await MySQLSchemaDatabase.connect(url: "mysql://someone:pw1234@127.0.0.1:1/nowhere?connectTimeout=2", logger: logger)
        }
        #expect(error.code == .connectionFailed)
        #expect(error.message.contains("127.0.0.1:1, database 'nowhere'"), "\(error.message)")
        #expect(!error.message.contains("pw1234"))
        let badURL = try #require(throws: SchemaError.self) { try MySQLConnector(url: "postgres://a@b/c") }
        #expect(badURL.code == .invalidURL)
        let badTLS = try #require(throws: SchemaError.self) { try MySQLConnector(url: "mysql://a@b/c?ssl=sometimes") }
        #expect(badTLS.code == .invalidURL)
    }

    @Test("ssl=true demands TLS: the session is encrypted, or the connection is refused")
    func tlsRequired() async throws {
        try await withDatabase { _, plain in
            var url = plain
            url.parameters["ssl"] = "true"
            do {
                let database = try await MySQLSchemaDatabase.connect(url: url, logger: logger)
                let cipher = try await database.query("show session status like 'Ssl_cipher'")
                try await database.close()
                #expect(cipher.first?.last??.isEmpty == false, "connected without TLS although ssl=true")
            } catch let error as SchemaError {
                // The throwaway test server has no certificate, so this is the branch taken there.
                #expect(error.code == .connectionFailed)
                #expect(error.message.localizedCaseInsensitiveContains("ssl") || error.message.localizedCaseInsensitiveContains("tls"),
                        "\(error.message)")
            }
        }
    }

    @Test("a failing statement names itself, the server's reason and how many ran before it")
    func failingStatement() async throws {
        try await withDatabase { database, _ in
            let error = try await #require(throws: SchemaError.self) {
                try await database.execute([
                    SQLStatement(unsafeSQL: "create table `a` (`id` int primary key)", kind: .createTable),
                    SQLStatement(unsafeSQL: "create table `b` (`id` int primary key)", kind: .createTable),
                    SQLStatement(unsafeSQL: "create table `a` (`id` int primary key)", kind: .createTable),
                    SQLStatement(unsafeSQL: "create table `c` (`id` int primary key)", kind: .createTable),
                ], transactional: true)
            }
            #expect(error.code == .statementFailed)
            #expect(error.message.contains("Statement 3 of 4"), "\(error.message)")
            #expect(error.message.contains("the 2 statements before it ran"), "\(error.message)")
            #expect(error.message.contains("create table `a` (`id` int primary key)"), "\(error.message)")
            #expect(error.message.contains("Table 'a' already exists"), "\(error.message)")
            #expect(error.appliedStatements == ["create table `a` (`id` int primary key)", "create table `b` (`id` int primary key)"])
            // DDL is not transactional here: what ran stays, what came after never ran.
            #expect(try await database.introspect(.init()).tables.map(\.name) == ["a", "b"])

            let long = "select " + String(repeating: "1 + ", count: 200) + "nope"
            let queryError = try await #require(throws: SchemaError.self) {
                try await database.execute([SQLStatement(unsafeSQL: long, kind: .session)], transactional: false)
            }
            #expect(queryError.message.contains(String(long.prefix(200)) + "…"), "\(queryError.message)")
            #expect(!queryError.message.contains(long))
            #expect(queryError.message.contains("Unknown column 'nope'"), "\(queryError.message)")
        }
    }

    @Test("row changes run in one transaction when asked: a failure rolls them back")
    func transactionalRowChanges() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: "create table `a` (`id` int primary key) engine = InnoDB", kind: .createTable),
                SQLStatement(unsafeSQL: "insert into `a` values (1), (2)", kind: .copyRows),
            ], transactional: false)
            let error = try await #require(throws: SchemaError.self) {
                try await database.execute([
                    SQLStatement(unsafeSQL: "delete from `a`", kind: .deleteRows),
                    SQLStatement(unsafeSQL: "delete from `missing`", kind: .deleteRows),
                ], transactional: true)
            }
            #expect(error.code == .statementFailed)
            #expect(error.message.contains("rolled back"), "\(error.message)")
            #expect(try await database.query("select count(*) from `a`") == [["2"]])
        }
    }

    @Test("the connector creates, finds and drops its database; the generator works through .mysql(url:)")
    func connectorAndGenerator() async throws {
        let base = try DatabaseURL(try #require(mysqlURL))
        let url = base.withDatabase("schemakit_t_\(UUID().uuidString.prefix(8).lowercased())")
        let configuration = SchemaConfiguration(entities: BlogModel.entities, database: try .mysql(url: url))
        let connector = try #require(configuration.database.connector)
        #expect(connector.databaseName == url.database)
        #expect(try await connector.databaseExists(logger: logger, managementDatabase: nil) == false)
        try await connector.createDatabase(logger: logger, managementDatabase: nil)
        #expect(try await connector.databaseExists(logger: logger, managementDatabase: nil))
        do {
            try await SchemaGenerator.withDatabase(configuration, logger: logger) { generator in
                try await generator.createSchema()
                let live = try await generator.introspect()
                let difference = try SchemaComparator.compare(from: live, to: try generator.targetSchema(), dialect: generator.dialect)
                #expect(difference.isEmpty, "\(difference.description)")
                try await generator.dropSchema()
                #expect(try await generator.introspect().tables.isEmpty)
            }
        } catch {
            try? await connector.dropDatabase(logger: logger, managementDatabase: nil)
            throw error
        }
        try await connector.dropDatabase(logger: logger, managementDatabase: nil)
        #expect(try await connector.databaseExists(logger: logger, managementDatabase: nil) == false)
    }

    @Test("a prefix-length index keeps its lengths, so it differs from the whole-column index")
    func prefixLengthIndex() async throws {
        try await withDatabase { database, _ in
            try await database.execute([SQLStatement(unsafeSQL: """
                create table `people` (`id` int not null primary key, `email` varchar(50) not null, `name` varchar(40) not null,
                  unique key `people_email_unique` (`email`(10)), index `people_name_email` (`name`, `email`(5)),
                  unique key `people_name_unique` (`name`), `at` point not null, spatial index `people_at` (`at`))
                """, kind: .createTable)], transactional: false)
            let schema = try await database.introspect(.init())
            let people = try #require(schema.table(QualifiedName("people")))
            #expect(people.indexes == [
                // MariaDB reports a prefix of 32 on a spatial key part; it is not one.
                IndexSchema(name: "people_at", columns: [.init("at")], method: "spatial"),
                IndexSchema(name: "people_email_unique", columns: [.init("email", length: 10)], isUnique: true),
                IndexSchema(name: "people_name_email", columns: [.init("name"), .init("email", length: 5)]),
                IndexSchema(name: "people_name_unique", columns: [.init("name")], isUnique: true, isConstraint: true),
            ])
            // Declared on whole columns, the prefix indexes are a real difference; the whole-column one is none.
            var declared = people
            declared.indexes = [
                IndexSchema(name: "people_at", columns: [.init("at")], method: "spatial"),
                IndexSchema(name: "people_email_unique", columns: [.init("email")], isUnique: true, isConstraint: true),
                IndexSchema(name: "people_name_email", columns: [.init("name"), .init("email")]),
                IndexSchema(name: "people_name_unique", columns: [.init("name")], isUnique: true, isConstraint: true),
            ]
            let difference = try SchemaComparator.compare(from: schema, to: DatabaseSchema(tables: [declared]), dialect: database.mySQLDialect)
            let changed = difference.changedTables.flatMap { $0.changedIndexes.map(\.to.name) + $0.addedIndexes.map(\.name) }
            #expect(Set(changed) == ["people_email_unique", "people_name_email"], "\(difference.description)")
        }
    }

    @Test("a procedure's extra result sets are read and freed: the connection stays usable, their errors surface")
    func procedureResultSets() async throws {
        try await withDatabase { database, _ in
            _ = try await database.query("create table `n` (`v` int not null)")
            _ = try await database.query("create procedure `two_results`() begin select 1; select 2, 'b'; insert into `n` values (7); end")
            #expect(try await database.query("call `two_results`()") == [["1"]])
            #expect(try await database.query("select 3") == [["3"]])
            #expect(try await database.query("select `v` from `n`") == [["7"]])

            _ = try await database.query("create procedure `no_results`() begin insert into `n` values (8); end")
            #expect(try await database.query("call `no_results`()") == [])
            #expect(try await database.query("select count(*) from `n`") == [["2"]])

            _ = try await database.query("create procedure `fails_later`() begin select 1; select * from `missing_table`; end")
            let error = try await #require(throws: SchemaError.self) { try await database.query("call `fails_later`()") }
            #expect(error.code == .statementFailed)
            #expect(error.message.contains("missing_table"), "\(error.message)")
            #expect(try await database.query("select 4") == [["4"]])
        }
    }

    @Test("readTimeout bounds how long a query may keep the client waiting")
    func readTimeout() async throws {
        var url = try DatabaseURL(try #require(mysqlURL))
        url.parameters["readTimeout"] = "1"
        url.parameters["writeTimeout"] = "5"
        let database = try await MySQLSchemaDatabase.connect(url: url, logger: logger)
        #expect(try await database.query("select sleep(0)") == [["0"]])
        let clock = ContinuousClock()
        let start = clock.now
        // readTimeout=1 ends it after about a second; the query would take 20 s. The margin is for
        // a loaded machine (5.1 s seen once with the whole suite running in parallel).
        let error = try await #require(throws: SchemaError.self) { try await database.query("select sleep(20)") }
        #expect(clock.now - start < .seconds(10), "the query was not cut short by readTimeout=1")
        #expect(error.message.localizedCaseInsensitiveContains("lost connection")
                || error.message.localizedCaseInsensitiveContains("timeout")
                || error.message.localizedCaseInsensitiveContains("timed out"), "\(error.message)")
        try await database.close()
    }

    @Test("a closed connection refuses queries with a clear error")
    func closedConnection() async throws {
        try await withDatabase { database, _ in
            let before = await database.queryCount
            #expect(try await database.query("select 1, null, 'ï', ''") == [["1", nil, "ï", ""]])
            #expect(await database.queryCount == before + 1)
            try await database.close()
            let error = try await #require(throws: SchemaError.self) { try await database.query("select 1") }
            #expect(error.code == .connectionFailed)
            #expect(error.message.contains("closed"))
        }
    }
}
