-- title: table and column names containing quotes, a semicolon and spaces
-- feature: hostile-identifiers
-- doc: https://www.postgresql.org/docs/15/sql-syntax-lexical.html
-- from
create table "it's a ""table""; really" ("id" int primary key, "col; drop table x --" text);
-- rows
insert into "it's a ""table""; really" values (1, 'v1'), (2, 'v2');
-- to
create table "it's a ""table""; really" ("id" int primary key, "col; drop table x --" text not null default ''';--', "with space" int);
create index "idx ""odd"" name" on "it's a ""table""; really" ("col; drop table x --");
