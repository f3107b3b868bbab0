import SchemaKitCore
import Testing

/// What the entity API declares beyond columns — index options, table options, identity,
/// `on update`, deferrable keys, invisible columns — written per dialect, or refused by name
/// where the engine cannot keep it (never invalid SQL, never silently dropped).
@Suite("catalog features in SQL")
struct CatalogFeatureSQLTests {
    static func sql(_ entities: [EntitySchema], _ dialect: any SQLDialect) throws -> String {
        try SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(dialect))).getCreateSchemaSQL()
    }

    static func refusal(_ entities: [EntitySchema], _ dialect: any SQLDialect) -> String? {
        do {
            _ = try sql(entities, dialect)
            return nil
        } catch let error as SchemaError {
            return error.code == .unsupportedByDialect ? error.message : "\(error.code): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    static let id = PropertySchema(name: "id", type: .integer, primary: true)

    @Test("index options: PostgreSQL writes them, other engines name what they refuse")
    func indexOptions() throws {
        let entity = EntitySchema(name: "Person", properties: [
            Self.id, PropertySchema(name: "email", type: .string), PropertySchema(name: "name", type: .string),
        ], indexes: [
            IndexDefinition(name: "person_email_prefix", properties: ["email"], include: ["name"], options: IndexOptions(
                collations: ["email": "C"], operatorClasses: ["email": "text_pattern_ops"], nulls: ["email": .first],
                storageParameters: ["fillfactor": "70"], comment: "prefix search")),
            IndexDefinition(properties: ["name"], unique: true, options: IndexOptions(nullsNotDistinct: true, deferral: .deferred)),
        ])
        let postgres = try Self.sql([entity], .postgreSQL)
        #expect(postgres.contains("""
            create index "person_email_prefix" on "person" ("email" collate "C" text_pattern_ops nulls first) include ("name") \
            with (fillfactor = 70);
            comment on index "person_email_prefix" is 'prefix search';
            """), "\(postgres)")
        #expect(postgres.contains("""
            alter table "person" add constraint "person_name_unique" unique nulls not distinct ("name") deferrable initially deferred;
            """), "\(postgres)")
        #expect(Self.refusal([entity], .mariaDB) == "mariadb does not support a collation on an index column (index person_email_prefix)")
        #expect(Self.refusal([entity], .sqlite) == "sqlite does not support operator classes (index person_email_prefix)")

        let prefix = EntitySchema(name: "Page", properties: [Self.id, PropertySchema(name: "url", type: .string)], indexes: [
            IndexDefinition(properties: ["url"], options: IndexOptions(prefixLengths: ["url": 20], comment: "it's short")),
        ])
        #expect(try Self.sql([prefix], .mariaDB).contains("alter table `page` add index `page_url_index`(`url`(20)) comment 'it''s short';"))
        #expect(Self.refusal([prefix], .postgreSQL) == "postgresql does not support index prefix lengths (index page_url_index)")
        let expression = EntitySchema(name: "Doc", properties: [Self.id, PropertySchema(name: "title", type: .string)], indexes: [
            IndexDefinition(name: "doc_lower_title", expression: "lower(title)"),
        ])
        #expect(Self.refusal([expression], .mariaDB) == "mariadb does not support expression indexes (index doc_lower_title)")
    }

    @Test("index option names must be the index's properties")
    func indexOptionNames() {
        let entity = EntitySchema(name: "Person", properties: [Self.id, PropertySchema(name: "email", type: .string)], indexes: [
            IndexDefinition(properties: ["email"], include: ["nope"]),
            IndexDefinition(properties: ["email"], options: IndexOptions(operatorClasses: ["name": "text_ops"])),
            IndexDefinition(properties: ["email"], options: IndexOptions(deferral: .deferred)),
        ])
        let error = #expect(throws: SchemaError.self) { try Self.sql([entity], .postgreSQL) }
        #expect(error?.issues.map(\.description) == [
            "Person.nope: index includes an unknown property",
            "Person.name: index option names a property the index does not have",
            "Person: only a unique constraint can be deferrable",
        ])
    }

    @Test("table options per engine")
    func tableOptions() throws {
        func entity(_ options: TableOptions) -> EntitySchema {
            EntitySchema(name: "Hit", properties: [Self.id], tableOptions: options)
        }
        #expect(try Self.sql([entity(TableOptions(parameters: ["fillfactor=70"], isUnlogged: true))], .postgreSQL)
            .contains(#"create unlogged table "hit" ("id" serial primary key) with (fillfactor = 70);"#))
        #expect(try Self.sql([entity(TableOptions(engine: "MyISAM", parameters: ["checksum=1", "row_format=fixed"]))], .mariaDB)
            .contains("default character set utf8mb4 engine = MyISAM checksum = 1, row_format = fixed;"))
        #expect(try Self.sql([entity(TableOptions(isStrict: true, isWithoutRowid: true))], .sqlite)
            .contains(#"create table "hit" ("id" integer not null primary key autoincrement) without rowid, strict;"#))
        #expect(Self.refusal([entity(TableOptions(isStrict: true))], .postgreSQL) == "postgresql does not support table options strict (hit)")
        #expect(Self.refusal([entity(TableOptions(engine: "InnoDB"))], .sqlite) == "sqlite does not support table options engine=InnoDB (hit)")

        let partitioned = TableOptions(partitioning: "partition by key (`id`) partitions 3")
        #expect(try Self.sql([entity(partitioned)], .mariaDB).contains("engine = InnoDB partition by key (`id`) partitions 3;"))
        #expect(Self.refusal([entity(partitioned)], .postgreSQL) == """
            postgresql does not support partitioning partition by key (`id`) partitions 3 (hit); \
            it takes partition by range|list|hash (key), its partitions as TableOptions.partitions
            """)
        let hit = TableSchema(name: "hit", columns: [ColumnSchema(name: "id", type: "int")], primaryKey: PrimaryKeySchema(columns: ["id"]))
        var hashed = hit
        hashed.options.partitioning = "PARTITION BY HASH (`id`)\nPARTITIONS 4"
        var spelledOtherwise = hashed
        spelledOtherwise.options.partitioning = "partition by hash (id) partitions 4"
        func update(_ from: TableSchema, _ to: TableSchema) throws -> [String] {
            try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [from]), to: DatabaseSchema(tables: [to]), dialect: .mariaDB)
                .statements.filter { $0.kind != .session }.map(\.sql)
        }
        #expect(try update(hit, hashed) == ["alter table `hit` PARTITION BY HASH (`id`)\nPARTITIONS 4"])
        #expect(try update(hashed, hit) == ["alter table `hit` remove partitioning"])
        var keyed = hit
        keyed.indexes = [IndexSchema(name: "hit_id_unique", columns: [.init("id")], isUnique: true)]
        #expect(try update(hashed, keyed).first == "alter table `hit` remove partitioning", "before the other changes")
        #expect(try update(hashed, spelledOtherwise).isEmpty, "the same clause in another spelling is no change")
    }

    @Test("MariaDB: column-level checks restated by modify, system versioning, periods and keys without overlaps, key types")
    func mariaDBTableFeatures() throws {
        func update(_ from: TableSchema, _ to: TableSchema, _ dialect: any SQLDialect = .mariaDB) throws -> [SQLStatement] {
            try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [from]), to: DatabaseSchema(tables: [to]), dialect: dialect)
                .statements.filter { $0.kind != .session }
        }
        let item = TableSchema(name: "item", columns: [ColumnSchema(name: "id", type: "int"), ColumnSchema(name: "price", type: "decimal(10,2)")],
                               primaryKey: PrimaryKeySchema(columns: ["id"]))
        var checked = item
        checked.columns[1].check = "`price` >= 0"
        #expect(try update(item, checked).map(\.sql) == ["alter table `item` modify `price` decimal(10,2) not null check (`price` >= 0)"])
        var widened = checked
        widened.columns[1].type = "decimal(12,2)"
        #expect(try update(checked, widened).map(\.sql) == ["alter table `item` modify `price` decimal(12,2) not null check (`price` >= 0)"],
                "a modify without the check would drop it")
        #expect(try update(checked, item).map(\.sql) == ["alter table `item` modify `price` decimal(10,2) not null"])
        #expect(throws: SchemaError.self) { try update(item, checked, .mySQL) }

        var versioned = item
        versioned.options.isSystemVersioned = true
        #expect(try update(item, versioned).map(\.sql) == ["alter table `item` add system versioning"])
        let unversioning = try update(versioned, item)
        #expect(unversioning.map(\.sql) == ["alter table `item` drop system versioning"])
        #expect(try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [versioned]), to: DatabaseSchema(tables: [item]), dialect: .mariaDB,
                                                 .init(safe: true)).statements.isEmpty, "safe mode keeps the history")
        let destructive = unversioning.allSatisfy { $0.isDestructive }
        #expect(destructive, "the rows' history goes with it")
        var versionedWider = versioned
        versionedWider.columns[1].type = "decimal(12,2)"
        let historyKept = try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [versioned]), to: DatabaseSchema(tables: [versionedWider]),
                                                           dialect: .mariaDB).statements.map(\.sql)
        #expect(historyKept == ["set names utf8mb4", "set session system_versioning_alter_history = keep",
                                "alter table `item` modify `price` decimal(12,2) not null"], "MariaDB refuses to alter a versioned table otherwise")
        #expect(try Self.sql([EntitySchema(name: "Hit", properties: [Self.id], tableOptions: TableOptions(isSystemVersioned: true))], .mariaDB)
            .contains("set session system_versioning_alter_history = keep;\ncreate table `hit`"))

        let booking = TableSchema(name: "booking", columns: [
            ColumnSchema(name: "room", type: "int"), ColumnSchema(name: "starts", type: "datetime"), ColumnSchema(name: "ends", type: "datetime"),
        ])
        var periodic = booking
        periodic.periods = [PeriodSchema(name: "booked", start: "starts", end: "ends")]
        var unique = IndexSchema(name: "booking_no_overlap", columns: [.init("room")], isUnique: true)
        unique.withoutOverlaps = "booked"
        periodic.indexes = [unique]
        #expect(try update(booking, periodic).map(\.sql) == [
            "alter table `booking` add period for `booked` (`starts`, `ends`)",
            "alter table `booking` add unique `booking_no_overlap`(`room`, `booked` without overlaps)",
        ])
        #expect(try update(periodic, booking).map(\.sql) == [
            "alter table `booking` drop index `booking_no_overlap`", "alter table `booking` drop period for `booked`",
        ])
        #expect(throws: SchemaError.self) { try update(booking, periodic, .postgreSQL) }
        for dialect in [.postgreSQL, .sqlite, .sqlServer] as [any SQLDialect] {
            let created = #expect(throws: SchemaError.self) {
                try SchemaGenerator.updateScript(from: DatabaseSchema(), to: DatabaseSchema(tables: [periodic]), dialect: dialect)
            }
            #expect(created?.message == "\(dialect.id) does not support application-time periods (booked)", "\(dialect.id)")
        }
        #expect(Self.refusal([EntitySchema(name: "Hit", properties: [Self.id], tableOptions: TableOptions(isSystemVersioned: true))], .sqlServer)
            == "mssql does not support table options with system versioning (hit)")

        var memory = TableSchema(name: "cache", columns: [ColumnSchema(name: "k", type: "varchar(40)")], options: TableOptions(engine: "MEMORY"))
        var btree = memory
        btree.indexes = [IndexSchema(name: "cache_k", columns: [.init("k")], method: "btree")]
        memory.indexes = [IndexSchema(name: "cache_k", columns: [.init("k")])]
        #expect(try update(memory, btree).map(\.sql) == ["alter table `cache` drop index `cache_k`", "alter table `cache` add index `cache_k` using btree (`k`)"])
        // The engine's own key type, spelled out or not, is no change (MariaDB reads a long unique key as a hash key).
        var innodb = memory
        innodb.options.engine = "InnoDB"
        var spelled = innodb
        spelled.indexes = [IndexSchema(name: "cache_k", columns: [.init("k")], method: "hash")]
        #expect(try update(innodb, spelled).isEmpty)
        spelled.indexes[0].method = "btree"
        #expect(try update(innodb, spelled).isEmpty)
    }

    @Test("PostgreSQL partitions: created with their table, added, given a new bound in place, dropped as destructive; re-partitioning refused")
    func postgresPartitions() throws {
        func update(_ from: TableSchema, _ to: TableSchema) throws -> [SQLStatement] {
            try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [from]), to: DatabaseSchema(tables: [to]), dialect: .postgreSQL)
                .statements.filter { $0.kind != .session }
        }
        let plain = TableSchema(name: "sale", columns: [ColumnSchema(name: "sold_on", type: "date")])
        var partitioned = plain
        partitioned.options.partitioning = "PARTITION BY RANGE (sold_on)"
        partitioned.options.partitions = [TablePartition(name: "sale_2023", bound: "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')")]
        #expect(try SchemaGenerator.updateScript(from: DatabaseSchema(), to: DatabaseSchema(tables: [partitioned]), dialect: .postgreSQL)
            .statements.filter { $0.kind != .session }.map(\.sql) == [
                #"create table "sale" ("sold_on" date not null) PARTITION BY RANGE (sold_on)"#,
                #"create table "sale_2023" partition of "sale" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')"#,
            ])
        var more = partitioned
        more.options.partitions = [TablePartition(name: "sale_2023", bound: "for values from ('2023-02-01') to ('2024-01-01')"),
                                   TablePartition(name: "sale_other", bound: "DEFAULT")]
        #expect(try update(partitioned, more).map(\.sql) == [
            #"alter table "sale" detach partition "sale_2023""#,
            #"alter table "sale" attach partition "sale_2023" for values from ('2023-02-01') to ('2024-01-01')"#,
            #"create table "sale_other" partition of "sale" DEFAULT"#,
        ])
        let drop = try update(more, partitioned).first { $0.sql == #"drop table "sale_other""# }
        #expect(drop?.isDestructive == true, "its rows go with it")
        let safe = try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [more]), to: DatabaseSchema(tables: [partitioned]),
                                                    dialect: .postgreSQL, .init(safe: true)).statements
        #expect(!safe.contains { $0.isDestructive || $0.sql.hasPrefix("drop") }, "safe mode keeps the partition and its rows: \(safe.map(\.sql))")
        let refused = #expect(throws: SchemaError.self) { try update(plain, partitioned) }
        #expect(refused?.message == """
            postgresql does not support changing how sale is partitioned (not partitioned → PARTITION BY RANGE (sold_on)): \
            the table must be rebuilt
            """)
    }

    @Test("PostgreSQL inheritance: a child is created after its parents, whatever the names; parents added and given up in place")
    func postgresInheritance() throws {
        let cities = TableSchema(name: "cities", columns: [ColumnSchema(name: "name", type: "text")])
        var capitals = TableSchema(name: "capitals", columns: cities.columns + [ColumnSchema(name: "state", type: "char(2)", isNullable: true)])
        capitals.options.inherits = [QualifiedName("cities")]
        let created = try SchemaGenerator.updateScript(from: DatabaseSchema(), to: DatabaseSchema(tables: [capitals, cities]), dialect: .postgreSQL)
            .statements.filter { $0.kind == .createTable }.map(\.sql)
        #expect(created == [#"create table "cities" ("name" text not null)"#,
                            #"create table "capitals" ("name" text not null, "state" char(2) null) inherits ("cities")"#])
        var standalone = capitals
        standalone.options.inherits = []
        func update(_ from: TableSchema, _ to: TableSchema) throws -> [String] {
            try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [cities, from]), to: DatabaseSchema(tables: [cities, to]), dialect: .postgreSQL)
                .statements.filter { $0.kind != .session }.map(\.sql)
        }
        #expect(try update(standalone, capitals) == [#"alter table "capitals" inherit "cities""#])
        // A parent that goes is given up first: `drop … cascade` would take the child with it.
        let orphaned = try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [cities, capitals]), to: DatabaseSchema(tables: [standalone]),
                                                        dialect: .postgreSQL).statements.filter { $0.kind != .session }.map(\.sql)
        #expect(orphaned == [#"alter table "capitals" no inherit "cities""#, #"drop table if exists "cities" cascade"#], "\(orphaned)")
        #expect(try update(capitals, standalone) == [#"alter table "capitals" no inherit "cities""#])
        #expect(Self.refusal([EntitySchema(name: "Hit", properties: [Self.id], tableOptions: TableOptions(inherits: [QualifiedName("base")]))], .sqlite)
            == "sqlite does not support table options inherits (base) (hit)")
    }

    @Test("identity, on update and invisible columns")
    func columnFeatures() throws {
        let counter = EntitySchema(name: "Ticket", properties: [
            PropertySchema(name: "id", type: .bigint, primary: true, identity: ColumnIdentity(.always, options: ["start with 1000"])),
        ])
        #expect(try Self.sql([counter], .postgreSQL)
            .contains(#"create table "ticket" ("id" bigint generated always as identity (start with 1000) not null primary key);"#))
        #expect(Self.refusal([counter], .mySQL) == "mysql does not support identity columns (id); use autoincrement")

        let stamped = EntitySchema(name: "Row", properties: [
            Self.id,
            PropertySchema(name: "touchedAt", type: .datetime, default: .raw("current_timestamp"), onUpdate: "current_timestamp"),
            PropertySchema(name: "version", type: .integer, default: 1, invisible: true),
        ])
        let mariadb = try Self.sql([stamped], .mariaDB)
        #expect(mariadb.contains("`touched_at` datetime not null default current_timestamp on update current_timestamp"), "\(mariadb)")
        #expect(mariadb.contains("`version` int not null default 1 invisible"), "\(mariadb)")
        #expect(Self.refusal([stamped], .postgreSQL) == "postgresql does not support on update current_timestamp (column touched_at); use a trigger")
        let hidden = EntitySchema(name: "Row", properties: [Self.id, PropertySchema(name: "secret", type: .integer, invisible: true)])
        #expect(Self.refusal([hidden], .mariaDB)
            == "mariadb does not support an invisible column that is not null and has no default (secret); give it a default or make it nullable")
    }

    @Test("deferrable foreign keys (deferMode); MikroORM's check names")
    func keysAndChecks() throws {
        let author = EntitySchema(name: "Author", properties: [Self.id])
        let book = EntitySchema(name: "Book", properties: [
            Self.id,
            PropertySchema(name: "price", type: .integer, check: "price >= 0"),
            PropertySchema(name: "author", relation: RelationSchema(.manyToOne, target: "Author", deferMode: .deferred)),
        ], checks: [CheckDefinition(expression: "price < 1000")])
        let postgres = try Self.sql([author, book], .postgreSQL)
        #expect(postgres.contains("""
            alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") \
            deferrable initially deferred;
            """), "\(postgres)")
        // The property's check is `book_price_check`; the unnamed table-level one is `book_check`, as MikroORM names it.
        #expect(postgres.contains(#"alter table "book" add constraint "book_check" check (price < 1000);"#), "\(postgres)")
        #expect(Self.refusal([author, book], .mySQL) == "mysql does not support deferrable foreign keys (book_author_id_foreign)")
    }

    @Test("a composite key may reference a relation's join column of the target (MikroORM)")
    func compositeKeyThroughRelation() throws {
        let tenant = EntitySchema(name: "Tenant", properties: [Self.id])
        let author = EntitySchema(name: "Author", properties: [
            Self.id, PropertySchema(name: "tenant", primary: true, relation: RelationSchema(.manyToOne, target: "Tenant")),
        ])
        let book = EntitySchema(name: "Book", properties: [
            Self.id,
            PropertySchema(name: "author", fieldNames: ["tenant_id", "author_id"],
                           relation: RelationSchema(.manyToOne, target: "Author", referencedColumnNames: ["tenant_id", "id"])),
        ])
        let sql = try Self.sql([tenant, author, book], .postgreSQL)
        #expect(sql.contains("""
            alter table "book" add constraint "book_tenant_id_author_id_foreign" foreign key ("tenant_id", "author_id") \
            references "author" ("tenant_id", "id")
            """), "\(sql)")
    }

    @Test("a check over a mixed-case column reads back equal on MariaDB (no perpetual diff); PostgreSQL keeps quoted case")
    func mixedCaseCheck() {
        let mariaDB = MySQLDialect.mariaDB
        #expect(mariaDB.canonicalExpression("priceColumn >= 0") == mariaDB.canonicalExpression("`priceColumn` >= 0"))
        let postgres = PostgreSQLDialect.postgreSQL
        #expect(postgres.canonicalExpression(#""Price" >= 0"#) != postgres.canonicalExpression("price >= 0"))
        #expect(postgres.canonicalExpression("Price >= 0") == postgres.canonicalExpression("price >= 0"))
    }

    @Test("SQLite: a change of case alone is a rename, through a free name, keeping the values")
    func caseOnlyRename() throws {
        let live = DatabaseSchema(tables: [TableSchema(name: "Users", columns: [
            ColumnSchema(name: "Id", type: "integer"), ColumnSchema(name: "Email", type: "text", isNullable: true),
        ], primaryKey: PrimaryKeySchema(columns: ["Id"]))])
        let target = DatabaseSchema(tables: [TableSchema(name: "users", columns: [
            ColumnSchema(name: "id", type: "integer"), ColumnSchema(name: "email", type: "text", isNullable: true),
        ], primaryKey: PrimaryKeySchema(columns: ["id"]))])
        let script = try SchemaGenerator.updateScript(from: live, to: target, dialect: .sqlite, .init(wrap: false))
        #expect(script.text == """
            alter table "Users" rename to "users__case_rename";
            alter table "users__case_rename" rename to "users";

            alter table "users" rename column "Id" to "id";
            alter table "users" rename column "Email" to "email";

            """, "\(script.text)")
        // Case matters on PostgreSQL: another table.
        let postgres = try SchemaGenerator.updateScript(from: live, to: target, dialect: .postgreSQL, .init(wrap: false))
        #expect(postgres.text.contains(#"create table "users""#))
    }

    @Test("unique: false and index: false declare nothing, as if left out")
    func falseConstraintOptions() throws {
        let entity = EntitySchema(name: "Person", properties: [
            Self.id, PropertySchema(name: "email", type: .string, unique: false, index: false),
            PropertySchema(name: "name", type: .string, unique: true, index: "person_name_lookup"),
        ])
        let sql = try Self.sql([entity], .postgreSQL)
        #expect(!sql.contains("email_unique") && !sql.contains("email_index"), "\(sql)")
        #expect(sql.contains("person_name_unique") && sql.contains("person_name_lookup"), "\(sql)")
    }

    @Test("on delete set null with a column list: PostgreSQL writes it, MySQL and SQL Server refuse it by name")
    func deleteSetColumns() throws {
        let key = ForeignKeySchema(name: "doc_author_foreign", columns: ["tenant_id", "author_id"], referencedTable: QualifiedName("tenant"),
                                   referencedColumns: ["tenant_id", "id"], deleteRule: .setNull, deleteSetColumns: ["author_id"])
        let table = QualifiedName("doc")
        #expect(try PostgreSQLDialect().render(.addForeignKey(key, table: table)).map(\.sql) == [
            #"alter table "doc" add constraint "doc_author_foreign" foreign key ("tenant_id", "author_id") references "tenant" ("tenant_id", "id") on delete set null ("author_id")"#,
        ])
        for dialect in [MySQLDialect.mariaDB, SQLServerDialect()] as [any SQLDialect] {
            let error = #expect(throws: SchemaError.self) { try dialect.render(.addForeignKey(key, table: table)) }
            #expect(error?.message.contains("with a column list (foreign key doc_author_foreign)") == true, "\(error?.message ?? "")")
        }
    }

    @Test("column storage: PostgreSQL sets it after create and add, resets it to the type's; other engines refuse it")
    func columnStorage() throws {
        var blob = ColumnSchema(name: "data", type: "text", isNullable: true)
        blob.storage = .external
        let table = TableSchema(name: "blob_store", columns: [ColumnSchema(name: "id", type: "int"), blob])
        let postgres = PostgreSQLDialect()
        #expect(try postgres.render(.createTable(table)).map(\.sql).last
                == #"alter table "blob_store" alter column "data" set storage external"#)
        #expect(try postgres.render(.addColumn(blob, table: table)).map(\.sql).last
                == #"alter table "blob_store" alter column "data" set storage external"#)
        var plain = blob
        plain.storage = nil
        let reset = try postgres.render(.alterColumn(from: blob, to: plain, table: table, changes: [.storage])).map(\.sql)
        #expect(reset == [#"alter table "blob_store" alter column "data" set storage extended"#])
        #expect(PostgreSQLDialect.typeStorage("numeric(10,2)") == .main)
        #expect(PostgreSQLDialect.typeStorage("integer") == .plain)
        #expect(PostgreSQLDialect.typeStorage("text[]") == .extended)
        let error = #expect(throws: SchemaError.self) { try MySQLDialect.mariaDB.render(.createTable(table)) }
        #expect(error?.message.contains("column storage external (data)") == true, "\(error?.message ?? "")")
    }
}
