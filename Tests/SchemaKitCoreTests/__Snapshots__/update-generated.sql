-- postgresql
alter table "author" add column "name_length" int generated always as (length(name)) stored not null;

-- mysql
alter table `author` add `name_length` int generated always as (length(name)) stored;

-- mariadb
alter table `author` add `name_length` int generated always as (length(name)) stored;

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "author__temp_alter" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" integer null, "bio" text null, "status" text not null default 'active', "name_length" integer generated always as (length(name)) stored not null, constraint "author_status_check" check ("status" in ('active', 'retired')));
insert into "author__temp_alter" ("id", "name", "email", "age", "bio", "status") select "id", "name", "email", "age", "bio", "status" from "author";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'author'), 0)) where name = 'author__temp_alter';
insert into sqlite_sequence (name, seq) select 'author__temp_alter', seq from sqlite_sequence where name = 'author' and not exists (select 1 from sqlite_sequence where name = 'author__temp_alter');
drop table "author";
pragma legacy_alter_table = on;
alter table "author__temp_alter" rename to "author";
pragma legacy_alter_table = off;
create unique index "author_email_unique" on "author" ("email");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [author] add [name_length] as (length(name)) persisted;

