-- title: table and column names change only in letter case (same object to SQLite)
-- feature: case-insensitive-names
-- doc: https://www.sqlite.org/lang_keywords.html
-- from
create table Users (Id integer primary key, Email text);
-- rows
insert into Users (Email) values ('a@x.io'), (null);
-- to
create table users (id integer primary key, email text, phone text);
