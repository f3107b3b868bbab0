-- postgresql
alter table "author" add column "name_length" int generated always as (length(name)) stored not null;

-- mysql
alter table `author` add `name_length` int generated always as (length(name)) stored;

-- mariadb
alter table `author` add `name_length` int generated always as (length(name)) stored;

-- sqlite
pragma foreign_keys = off;

create table "author__temp_alter" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" integer null, "bio" text null, "status" text not null default 'active', "name_length" integer generated always as (length(name)) stored not null, constraint "author_status_check" check ("status" in ('active', 'retired')));
insert into "author__temp_alter" ("id", "name", "email", "age", "bio", "status") select "id", "name", "email", "age", "bio", "status" from "author";
drop table "author";
alter table "author__temp_alter" rename to "author";
create unique index "author_email_unique" on "author" ("email");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [author] add [name_length] as (length(name)) persisted;

