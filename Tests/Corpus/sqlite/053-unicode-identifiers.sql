-- title: unicode table and column names; unique added
-- feature: unicode-identifiers
-- doc: https://www.sqlite.org/lang_createtable.html
-- from
create table café (número integer primary key, "名前" text not null, prix_€ real);
-- rows
insert into café ("名前", prix_€) values ('エスプレッソ', 1.20), ('ガラオン', 1.60);
-- to
create table café (número integer primary key, "名前" text not null unique, prix_€ real not null default 0);
