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
    #Indexed<MacroBook>(\.title, \.authorId)
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

/// The same three entities, written with the value API.
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
        var author = HandWritten.author
        author.name = "MacroAuthor"
        var book = HandWritten.book
        book.name = "MacroBook"
        #expect(MacroAuthor.schema == author)
        #expect(MacroBook.schema == book)
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
