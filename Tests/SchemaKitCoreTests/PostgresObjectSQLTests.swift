import SchemaKitCore
import Testing

/// PostgreSQL sequences, domains, composite types and collations: created before the tables
/// that use them, changed in place, dropped after the columns that used them; refused by name
/// on every other engine, and where PostgreSQL cannot change them in place.
@Suite("PostgreSQL sequences, domains, composite types and collations in SQL")
struct PostgresObjectSQLTests {
    static let collation = CollationSchema(name: "case_insensitive", provider: .icu, locale: "und-u-ks-level2", isDeterministic: false)
    static let domain = DomainSchema(name: "email_address", baseType: "text", isNullable: false,
                                     checks: [CheckSchema(name: "email_address_check", expression: "VALUE ~~ '%_@_%'")])
    static let address = CompositeTypeSchema(name: "postal_address", attributes: [
        .init(name: "street", type: "text"), .init(name: "zip", type: "varchar(10)"),
    ])
    static let sequence = SequenceSchema(name: "batch_seq", dataType: "integer", increment: 5, maxValue: 1_000_000, cache: 10,
                                         cycles: true, ownedBy: SequenceOwner(table: QualifiedName("batch"), column: "no"))
    static let batch = TableSchema(name: "batch", columns: [
        ColumnSchema(name: "id", type: "int", isAutoincrement: true),
        ColumnSchema(name: "no", type: "int", defaultValue: "nextval('batch_seq'::regclass)"),
        ColumnSchema(name: "email", type: "email_address"),
        ColumnSchema(name: "name", type: "text", collation: "case_insensitive"),
        ColumnSchema(name: "address", type: "postal_address", isNullable: true),
    ], primaryKey: PrimaryKeySchema(columns: ["id"]))
    static let schema = DatabaseSchema(tables: [batch], sequences: [sequence], domains: [domain], compositeTypes: [address],
                                       collations: [collation])

    static func update(_ from: DatabaseSchema, _ to: DatabaseSchema, safe: Bool = false) throws -> String {
        try SchemaGenerator.updateScript(from: from, to: to, dialect: .postgreSQL, .init(wrap: false, safe: safe)).text
    }

    @Test("created before the tables that use them; a sequence's owner once its table exists")
    func create() throws {
        #expect(try SchemaGenerator.createScript(for: Self.schema, dialect: .postgreSQL).text == """
            create collation "case_insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

            create domain "email_address" as text not null constraint "email_address_check" check (VALUE ~~ '%_@_%');
            create type "postal_address" as ("street" text, "zip" varchar(10));
            create sequence "batch_seq" as integer increment by 5 maxvalue 1000000 cache 10 cycle;

            create table "batch" ("id" serial primary key, "no" int not null default nextval('batch_seq'::regclass), \
            "email" email_address not null, "name" text collate "case_insensitive" not null, "address" postal_address null);

            alter sequence "batch_seq" owned by "batch"."no";

            """)
        #expect(try SchemaComparator.compare(from: Self.schema, to: Self.schema, dialect: .postgreSQL).isEmpty)
        #expect(try Self.update(DatabaseSchema(), Self.schema) == SchemaGenerator.createScript(for: Self.schema, dialect: .postgreSQL).text)
    }

    @Test("dropped after the tables and columns that used them; kept in safe mode")
    func drop() throws {
        #expect(try Self.update(Self.schema, DatabaseSchema()) == """
            drop table if exists "batch" cascade;

            drop sequence if exists "batch_seq";
            drop type if exists "postal_address";
            drop domain if exists "email_address";
            drop collation if exists "case_insensitive";

            """)
        #expect(try Self.update(Self.schema, DatabaseSchema(), safe: true) == "")
    }

    @Test("an object the target leaves out but its columns still use stays")
    func stillUsed() throws {
        var target = Self.schema
        target.sequences = []
        target.domains = []
        target.compositeTypes = []
        target.collations = []
        #expect(try SchemaComparator.compare(from: Self.schema, to: target, dialect: .postgreSQL).isEmpty)
    }

    @Test("sequence options change in place, back to the defaults too; the owner after the tables")
    func sequenceOptions() throws {
        var from = Self.schema
        from.sequences = [SequenceSchema(name: "batch_seq")]
        #expect(try Self.update(from, Self.schema) == """
            alter sequence "batch_seq" as integer increment by 5 no minvalue maxvalue 1000000 cache 10 cycle;

            alter sequence "batch_seq" owned by "batch"."no";

            """)
        #expect(try Self.update(Self.schema, from) == """
            alter sequence "batch_seq" as bigint increment by 1 no minvalue no maxvalue cache 1 no cycle;
            alter sequence "batch_seq" owned by none;

            """)
        // Defaults spelled out are the defaults.
        var spelled = Self.schema
        spelled.sequences[0].minValue = 1
        spelled.sequences[0].start = 1
        spelled.sequences[0].dataType = "int4"
        #expect(try SchemaComparator.compare(from: Self.schema, to: spelled, dialect: .postgreSQL).isEmpty)
    }

    @Test("a standalone sequence becomes a serial column's own, and back, keeping its values")
    func serialAdoption() throws {
        let standalone = DatabaseSchema(tables: [TableSchema(name: "voucher", columns: [
            ColumnSchema(name: "id", type: "bigint", defaultValue: "nextval('voucher_id_seq'::regclass)"),
        ], primaryKey: PrimaryKeySchema(columns: ["id"]))], sequences: [SequenceSchema(name: "voucher_id_seq")])
        let serial = DatabaseSchema(tables: [TableSchema(name: "voucher", columns: [
            ColumnSchema(name: "id", type: "bigint", defaultValue: "nextval('voucher_id_seq'::regclass)", isAutoincrement: true),
        ], primaryKey: PrimaryKeySchema(columns: ["id"]))])
        // Owned by the column that draws from it, with the defaults: what `bigserial` makes, and reads back as.
        var owned = standalone
        owned.sequences[0].ownedBy = SequenceOwner(table: QualifiedName("voucher"), column: "id")
        #expect(try SchemaComparator.compare(from: serial, to: owned, dialect: .postgreSQL).isEmpty)
        let difference = try SchemaComparator.compare(from: standalone, to: serial, dialect: .postgreSQL)
        #expect(difference.removedSequences.isEmpty && difference.changedSequences.count == 1)
        #expect(try Self.update(standalone, serial) == """
            create sequence if not exists "voucher_id_seq" as bigint owned by "voucher"."id";
            select setval('"voucher_id_seq"', coalesce((select max("id") from "voucher"), 0) + 1, false);
            alter table "voucher" alter column "id" set default nextval('"voucher_id_seq"');
            alter table "voucher" alter column "id" set not null;

            alter sequence "voucher_id_seq" owned by "voucher"."id";

            """)
        #expect(try Self.update(serial, standalone) == """
            alter sequence "voucher_id_seq" owned by none;

            alter table "voucher" alter column "id" drop default;
            alter table "voucher" alter column "id" drop identity if exists;
            alter table "voucher" alter column "id" set default nextval('voucher_id_seq'::regclass);

            """)
    }

    @Test("a serial column that stops being one leaves no sequence behind")
    func serialSequenceDropped() throws {
        let serial = DatabaseSchema(tables: [TableSchema(name: "token", columns: [
            ColumnSchema(name: "id", type: "int", defaultValue: "nextval('token_id_seq'::regclass)", isAutoincrement: true),
        ], primaryKey: PrimaryKeySchema(columns: ["id"]))])
        var uuid = serial
        uuid.tables[0].columns[0] = ColumnSchema(name: "id", type: "uuid")
        #expect(try SchemaComparator.compare(from: serial, to: uuid, dialect: .postgreSQL).removedSequences
            == [SequenceSchema(name: "token_id_seq", dataType: "integer", ownedBy: SequenceOwner(table: QualifiedName("token"), column: "id"))])
        #expect(try Self.update(serial, uuid, safe: true).contains("drop sequence") == false)
    }

    @Test("domains change default, not null and checks in place; composite types add and drop attributes")
    func typesInPlace() throws {
        var from = Self.schema
        from.domains[0].isNullable = true
        from.domains[0].defaultValue = "'nobody@example.com'::text"
        from.domains[0].checks = [CheckSchema(name: "email_address_check", expression: "(VALUE ~~ '%@%'::text)"),
                                  CheckSchema(name: "email_address_length", expression: "(length(VALUE) < 200)")]
        from.compositeTypes[0].attributes.insert(.init(name: "city", type: "text"), at: 1)
        from.compositeTypes[0].attributes.removeLast()
        #expect(try Self.update(from, Self.schema) == """
            alter domain "email_address" drop constraint if exists "email_address_check";
            alter domain "email_address" drop constraint if exists "email_address_length";
            alter domain "email_address" drop default;
            alter domain "email_address" set not null;
            alter domain "email_address" add constraint "email_address_check" check (VALUE ~~ '%_@_%');
            alter type "postal_address" drop attribute if exists "city";
            alter type "postal_address" add attribute "zip" varchar(10);

            """)
    }

    @Test("what PostgreSQL cannot change in place is refused, naming the object")
    func refusedChanges() throws {
        var reordered = Self.schema
        reordered.compositeTypes[0].attributes.reverse()
        #expect(Self.refusal { try Self.update(Self.schema, reordered) } == """
            postgresql does not support changing the type or order of attributes of composite type postal_address \
            (["street", "zip"] → ["zip", "street"]); only adding at the end and dropping are in place
            """)
        var rebased = Self.schema
        rebased.domains[0].baseType = "varchar(200)"
        #expect(Self.refusal { try Self.update(Self.schema, rebased) } == """
            postgresql does not support changing the base type or collation of domain email_address (text → varchar(200)); \
            create a new domain and move the columns to it
            """)
        var relocated = Self.schema
        relocated.collations[0].locale = "und-u-ks-level1"
        #expect(Self.refusal { try Self.update(Self.schema, relocated) }?.hasPrefix(
            "postgresql does not support changing collation case_insensitive in place") == true)
        var text = Self.schema
        text.sequences[0].dataType = "text; drop table batch"
        #expect(Self.refusal { try SchemaGenerator.createScript(for: text, dialect: .postgreSQL) } == """
            postgresql does not support sequences of type text; drop table batch (sequence batch_seq); use smallint, integer or bigint
            """)
    }

    @Test("the sequence a default draws from, as the server writes it: quoted, qualified, with quotes in its name")
    func sequenceInDefault() {
        let dialect = PostgreSQLDialect()
        #expect(dialect.sequenceName(inDefault: "nextval('batch_seq'::regclass)") == QualifiedName("batch_seq"))
        #expect(dialect.sequenceName(inDefault: #"nextval('app."Batch_seq"'::regclass)"#) == QualifiedName("Batch_seq", schema: "app"))
        #expect(dialect.sequenceName(inDefault: #"nextval('"o''brien; seq"'::regclass)"#) == QualifiedName("o'brien; seq"))
        #expect(dialect.sequenceName(inDefault: #"nextval('"it''s ''x''"'::regclass)"#) == QualifiedName("it's 'x'"))
        #expect(dialect.sequenceName(inDefault: #"(nextval('"ünï_seq"'::regclass) + 1)"#) == QualifiedName("ünï_seq"))
        #expect(dialect.sequenceName(inDefault: "nonsense(nextval('n_seq'))") == QualifiedName("n_seq"))
        for none in ["0", "now()", "'next'", "nextval(''", "nextval('')", "nextval('unclosed", "nextval('it''s", "nextval(x)", "nextva"] {
            #expect(dialect.sequenceName(inDefault: none) == nil, "\(none)")
        }
    }

    @Test("hostile names and literals are quoted")
    func hostileNames() throws {
        let name = #"a"b'c; drop table x"#
        let schema = DatabaseSchema(
            sequences: [SequenceSchema(name: name, schema: name, ownedBy: SequenceOwner(table: QualifiedName(name, schema: name), column: name))],
            domains: [DomainSchema(name: name, baseType: "text", collation: name, checks: [CheckSchema(name: name, expression: "VALUE <> ''")])],
            compositeTypes: [CompositeTypeSchema(name: name, attributes: [.init(name: name, type: "text")])],
            collations: [CollationSchema(name: name, provider: .libc, locale: name)])
        #expect(try SchemaGenerator.createScript(for: schema, dialect: .postgreSQL).text == #"""
            create collation "a""b'c; drop table x" (provider = libc, locale = 'a"b''c; drop table x');

            create domain "a""b'c; drop table x" as text collate "a""b'c; drop table x" constraint "a""b'c; drop table x" check (VALUE <> '');
            create type "a""b'c; drop table x" as ("a""b'c; drop table x" text);
            create sequence "a""b'c; drop table x"."a""b'c; drop table x";

            alter sequence "a""b'c; drop table x"."a""b'c; drop table x" owned by "a""b'c; drop table x"."a""b'c; drop table x"."a""b'c; drop table x";

            """#)
    }

    @Test("other engines refuse them by name before writing any SQL", arguments: [DialectID.mySQL, .mariaDB, .sqlite, .sqlServer])
    func refusedElsewhere(id: DialectID) {
        let dialect: any SQLDialect = switch id {
        case .mySQL: .mySQL
        case .mariaDB: .mariaDB
        case .sqlite: .sqlite
        default: .sqlServer
        }
        let objects: [(DatabaseSchema, String)] = [
            (DatabaseSchema(sequences: [SequenceSchema(name: "batch_seq")]), "sequences (batch_seq)"),
            (DatabaseSchema(domains: [Self.domain]), "domains (email_address)"),
            (DatabaseSchema(compositeTypes: [Self.address]), "composite types (postal_address)"),
            (DatabaseSchema(collations: [Self.collation]), "collations (case_insensitive)"),
        ]
        for (schema, what) in objects {
            #expect(Self.refusal { try SchemaGenerator.createScript(for: schema, dialect: dialect) } == "\(dialect.id) does not support \(what)")
            #expect(Self.refusal { try SchemaGenerator.updateScript(from: DatabaseSchema(), to: schema, dialect: dialect) }
                == "\(dialect.id) does not support \(what)")
        }
    }

    static func refusal(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as SchemaError {
            return error.code == .unsupportedByDialect ? error.message : "\(error.code): \(error.message)"
        } catch {
            return "\(error)"
        }
    }
}
