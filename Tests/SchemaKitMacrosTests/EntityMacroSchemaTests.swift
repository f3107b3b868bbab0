import Foundation
import SchemaKit
import Testing

@Entity
struct MacroAuthor {
    @PrimaryKey var id: Int
    @Property(length: 100) var name: String
    @Property(unique: true) var email: String
    var age: Int?
    @Property(default: false) var termsAccepted: Bool
    @Property(defaultRaw: "current_timestamp") var createdAt: Date
    @ManyToOne(MacroBook.self, deleteRule: .setNull) var favouriteBook: Int?
    @Ignored var cached: String = ""
}

@Entity(table: "book", comment: "Books")
struct MacroBook {
    #Index<MacroBook>(\.title, \.authorId)
    #Check("length(title) > 0", name: "book_title_present")

    @PrimaryKey var id: Int
    var title: String
    @ManyToOne(MacroAuthor.self, deleteRule: .cascade) var authorId: Int
    @ManyToMany(MacroTag.self) var tags: [Int] = []
}

@Entity(table: "tag")
struct MacroTag {
    @PrimaryKey var id: Int
    @Property(length: 50, unique: true) var name: String
}

@Entity(table: "shelf_address", embeddable: true)
struct MacroAddress {
    var street: String
    @Property(length: 80) var city: String
}

/// A class entity with the options the first three leave out.
@Entity(schema: "library", comment: "Shelves")
final class MacroShelf {
    #Unique<MacroShelf>(\.label, \.bookId, name: "shelf_label_book")
    #Index<MacroShelf>(expression: "lower(label)", name: "shelf_lower_label")
    #Index<MacroShelf>(\.label, name: "shelf_live_label", where: "label <> ''", descending: [\.label])

    @PrimaryKey(type: .bigint) var id: Int64 = 0
    @Property(length: 20, index: true, comment: "Shown on the shelf") var label: String = ""
    @OneToOne(MacroBook.self, deleteRule: .cascade) var bookId: MacroBook.ID = 0
    @Embedded(MacroAddress.self, prefix: "at_") var address = MacroAddress(street: "", city: "")
    @Embedded(MacroAddress.self, storage: .json) var previous: MacroAddress?
    @ManyToMany(MacroTag.self, pivotTable: "shelf_tags") var tagIds: [MacroTag.ID] = []
    @Property(persist: false) var cached: Double = 0
    var computed: Int { 1 }
    @Ignored var scratch: [String] = []
}

/// The same entities, written with the value API.
enum HandWritten {
    struct Author {
        var id: Int, name: String, email: String, age: Int?, termsAccepted: Bool, createdAt: Date, favouriteBook: Int?
    }
    struct Book { var id: Int, title: String, authorId: Int }

    static let author = EntitySchema(Author.self) {
        PrimaryKey(\.id)
        Property(\.name, length: 100)
        Property(\.email, unique: true)
        Property(\.age)
        Property(\.termsAccepted, default: false)
        Property(\.createdAt, defaultRaw: "current_timestamp")
        ManyToOne(\.favouriteBook, MacroBook.self, deleteRule: .setNull)
    }

    final class Shelf {
        var id: Int64 = 0, label = "", bookId = 0, address = MacroAddress(street: "", city: ""), previous: MacroAddress?
        var tagIds: [Int] = [], cached: Double = 0
    }
    struct Address { var street: String, city: String }

    static let shelf = EntitySchema(Shelf.self, schema: "library", comment: "Shelves") {
        PrimaryKey(\.id, type: .bigint)
        Property(\.label, length: 20, index: true, comment: "Shown on the shelf")
        OneToOne(\.bookId, MacroBook.self, deleteRule: .cascade)
        Embedded(\.address, MacroAddress.self, prefix: "at_")
        Embedded(\.previous, MacroAddress.self, storage: .json)
        ManyToMany<Shelf>("tagIds", MacroTag.self, pivotTable: "shelf_tags")
        Property(\.cached, persist: false)
        Unique(\.label, \.bookId, name: "shelf_label_book")
        Indexed(Shelf.self, expression: "lower(label)", name: "shelf_lower_label")
        Indexed(\.label, name: "shelf_live_label", where: "label <> ''", descending: [\.label])
    }

    static let address = EntitySchema(Address.self, table: "shelf_address", embeddable: true) {
        Property(\.street)
        Property(\.city, length: 80)
    }

    struct Tag { var id: Int, name: String }

    static let tag = EntitySchema(Tag.self, table: "tag") {
        PrimaryKey(\.id)
        Property(\.name, length: 50, unique: true)
    }

    /// The hand-written schemas registered under the macro entities' names, so relations
    /// resolve to the same targets.
    static var entities: [any Entity.Type] {
        struct A: Entity { static var schema: EntitySchema { HandWritten.author.named("MacroAuthor") } }
        struct B: Entity { static var schema: EntitySchema { HandWritten.book.named("MacroBook") } }
        struct T: Entity { static var schema: EntitySchema { HandWritten.tag.named("MacroTag") } }
        struct S: Entity { static var schema: EntitySchema { HandWritten.shelf.named("MacroShelf") } }
        struct D: Entity { static var schema: EntitySchema { HandWritten.address.named("MacroAddress") } }
        return [A.self, B.self, T.self, S.self, D.self]
    }

    static let book = EntitySchema(Book.self, table: "book", comment: "Books") {
        PrimaryKey(\.id)
        Property(\.title)
        ManyToOne(\.authorId, MacroAuthor.self, deleteRule: .cascade)
        ManyToMany<Book>("tags", MacroTag.self)
        Indexed(\.title, \.authorId)
        Check<Book>("length(title) > 0", name: "book_title_present")
    }
}

@Suite("@Entity schemas")
struct EntityMacroSchemaTests {
    @Test("the macro builds the same schema as the value API")
    func sameAsValueAPI() {
        #expect(MacroAuthor.schema == HandWritten.author.named("MacroAuthor"))
        #expect(MacroBook.schema == HandWritten.book.named("MacroBook"))
        #expect(MacroTag.schema == HandWritten.tag.named("MacroTag"))
        #expect(MacroShelf.schema == HandWritten.shelf.named("MacroShelf"))
        #expect(MacroAddress.schema == HandWritten.address.named("MacroAddress"))
    }

    @Test("the same model gives the same database schema both ways")
    func sameDatabaseSchema() throws {
        let macroEntities: [any Entity.Type] = [MacroAuthor.self, MacroBook.self, MacroTag.self, MacroShelf.self, MacroAddress.self]
        let fromMacros = try SchemaGenerator(SchemaConfiguration(entities: macroEntities, database: .dialect(.postgreSQL)))
            .targetSchema()
        let fromValues = try SchemaGenerator(SchemaConfiguration(entities: HandWritten.entities, database: .dialect(.postgreSQL)))
            .targetSchema()
        #expect(fromMacros == fromValues)
        #expect(fromMacros.tables.map(\.name).sorted() == ["book", "book_tags", "macro_author", "macro_shelf", "shelf_tags", "tag"])
    }

    @Test("@Entity declares the key type relations are checked against")
    func keyTypes() {
        #expect(MacroBook.PrimaryKeyValue.self == Int.self)
        #expect(MacroBook.ID.self == Int.self)
        #expect(MacroShelf.PrimaryKeyValue.self == Int64.self)
        #expect(MacroAddress.PrimaryKeyValue.self == UndeclaredPrimaryKey.self)
        // These compile: a declared key of the right type, and any key for an undeclared one.
        RelationKey.holds(Int.self, primaryKeyOf: MacroBook.self)
        RelationKey.holds(String.self, primaryKeyOf: MacroAddress.self)
    }

    @Test("and the SQL it produces")
    func sql() throws {
        let generator = SchemaGenerator(SchemaConfiguration(
            entities: [MacroAuthor.self, MacroBook.self, MacroTag.self], database: .dialect(.postgreSQL)))
        let sql = try generator.getCreateSchemaSQL(.init(wrap: false))
        #expect(sql == """
            create table "tag" ("id" serial primary key, "name" varchar(50) not null);
            alter table "tag" add constraint "tag_name_unique" unique ("name");

            create table "macro_author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null, "age" int null, "terms_accepted" boolean not null default false, "created_at" timestamptz not null default current_timestamp, "favourite_book_id" int null);
            alter table "macro_author" add constraint "macro_author_email_unique" unique ("email");

            create table "book" ("id" serial primary key, "title" varchar(255) not null, "author_id" int not null);
            comment on table "book" is 'Books';
            create index "book_title_author_id_index" on "book" ("title", "author_id");
            alter table "book" add constraint "book_title_present" check (length(title) > 0);

            create table "book_tags" ("book_id" int not null, "tag_id" int not null, primary key ("book_id", "tag_id"));

            alter table "macro_author" add constraint "macro_author_favourite_book_id_foreign" foreign key ("favourite_book_id") references "book" ("id") on delete set null;

            alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "macro_author" ("id") on delete cascade;

            alter table "book_tags" add constraint "book_tags_book_id_foreign" foreign key ("book_id") references "book" ("id") on update cascade on delete cascade;
            alter table "book_tags" add constraint "book_tags_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;

            """, "\(sql)")
    }
}

extension EntitySchema {
    /// The schema registered under another entity name.
    func named(_ name: String) -> EntitySchema {
        var copy = self
        copy.name = name
        return copy
    }
}
