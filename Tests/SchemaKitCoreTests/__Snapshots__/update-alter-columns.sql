-- postgresql
alter table "author" alter column "name" type varchar(150) using ("name"::varchar(150));
alter table "author" alter column "age" type bigint using ("age"::bigint);
alter table "author" alter column "age" set default 0;
alter table "author" alter column "age" set not null;
alter table "author" alter column "bio" set default 'none yet';

alter table "book" alter column "price" drop default;
alter table "book" alter column "price" type numeric(12,2) using ("price"::numeric(12,2));
alter table "book" alter column "price" drop not null;

-- mysql
alter table `author` modify `name` varchar(150) not null;
alter table `author` modify `age` bigint not null default 0;
alter table `author` modify `bio` text null default ('none yet');

alter table `book` modify `price` numeric(12,2) null;

-- mariadb
alter table `author` modify `name` varchar(150) not null;
alter table `author` modify `age` bigint not null default 0;
alter table `author` modify `bio` text null default ('none yet');

alter table `book` modify `price` numeric(12,2) null;

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "author__temp_alter" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" bigint not null default 0, "bio" text null default 'none yet', "status" text not null default 'active', constraint "author_status_check" check ("status" in ('active', 'retired')));
insert into "author__temp_alter" ("id", "name", "email", "age", "bio", "status") select "id", "name", "email", "age", "bio", "status" from "author";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'author'), 0)) where name = 'author__temp_alter';
insert into sqlite_sequence (name, seq) select 'author__temp_alter', seq from sqlite_sequence where name = 'author' and not exists (select 1 from sqlite_sequence where name = 'author__temp_alter');
drop table "author";
pragma legacy_alter_table = on;
alter table "author__temp_alter" rename to "author";
pragma legacy_alter_table = off;
create unique index "author_email_unique" on "author" ("email");

create table "book__temp_alter" ("id" integer not null primary key autoincrement, "title" text not null, "price" numeric(12,2) null, "author_id" integer not null, "publisher_id" integer null, constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"), constraint "book_publisher_id_foreign" foreign key ("publisher_id") references "publisher" ("id") on delete set null);
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

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
-- error: mssql does not support changing the default, identity or computation of author.age

