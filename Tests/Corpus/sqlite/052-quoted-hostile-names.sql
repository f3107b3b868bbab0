-- title: names with quotes, brackets, a semicolon and spaces; index added
-- feature: hostile-identifiers
-- doc: https://www.sqlite.org/lang_keywords.html
-- from
create table "it's a ""table""; really" ("id" integer primary key, [col; drop table x --] text);
-- rows
insert into "it's a ""table""; really" ("col; drop table x --") values ('v1'), ('v2');
-- to
create table "it's a ""table""; really" ("id" integer primary key, [col; drop table x --] text not null default ''';--', `with space` integer);
create index "idx ""odd"" name" on "it's a ""table""; really" ("col; drop table x --");
