-- postgresql
alter table "book" drop constraint "book_publisher_id_foreign";

alter table "book" add column "editor_id" int null;

alter table "book" add constraint "book_editor_id_foreign" foreign key ("editor_id") references "author" ("id") on delete set null;
alter table "book" add constraint "book_publisher_id_foreign" foreign key ("publisher_id") references "publisher" ("id") on delete cascade;

-- mysql
alter table `book` drop foreign key `book_publisher_id_foreign`;

alter table `book` add `editor_id` int unsigned null;
alter table `book` add index `book_editor_id_index`(`editor_id`);

alter table `book` add constraint `book_editor_id_foreign` foreign key (`editor_id`) references `author` (`id`) on delete set null;
alter table `book` add constraint `book_publisher_id_foreign` foreign key (`publisher_id`) references `publisher` (`id`) on delete cascade;

-- mariadb
alter table `book` drop foreign key `book_publisher_id_foreign`;

alter table `book` add `editor_id` int unsigned null;
alter table `book` add index `book_editor_id_index`(`editor_id`);

alter table `book` add constraint `book_editor_id_foreign` foreign key (`editor_id`) references `author` (`id`) on delete set null;
alter table `book` add constraint `book_publisher_id_foreign` foreign key (`publisher_id`) references `publisher` (`id`) on delete cascade;

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "book__temp_alter" ("id" integer not null primary key autoincrement, "title" text not null, "price" numeric(10,2) not null default 0, "author_id" integer not null, "publisher_id" integer null, "editor_id" integer null, constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"), constraint "book_publisher_id_foreign" foreign key ("publisher_id") references "publisher" ("id") on delete cascade, constraint "book_editor_id_foreign" foreign key ("editor_id") references "author" ("id") on delete set null);
insert into "book__temp_alter" ("id", "title", "price", "author_id", "publisher_id") select "id", "title", "price", "author_id", "publisher_id" from "book";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'book'), 0)) where name = 'book__temp_alter';
insert into sqlite_sequence (name, seq) select 'book__temp_alter', seq from sqlite_sequence where name = 'book' and not exists (select 1 from sqlite_sequence where name = 'book__temp_alter');
drop table "book";
pragma legacy_alter_table = on;
alter table "book__temp_alter" rename to "book";
pragma legacy_alter_table = off;
create index "book_title_index" on "book" ("title");
create index "book_author_id_index" on "book" ("author_id");
create index "book_publisher_id_index" on "book" ("publisher_id");
create index "book_editor_id_index" on "book" ("editor_id");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
if object_id(N'[book]', 'U') is not null alter table [book] drop constraint if exists [book_publisher_id_foreign];

alter table [book] add [editor_id] int null;

alter table [book] add constraint [book_editor_id_foreign] foreign key ([editor_id]) references [author] ([id]);
alter table [book] add constraint [book_publisher_id_foreign] foreign key ([publisher_id]) references [publisher] ([id]) on delete cascade;

