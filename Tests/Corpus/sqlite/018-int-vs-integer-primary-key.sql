-- title: INT PRIMARY KEY (not a rowid alias) becomes INTEGER PRIMARY KEY
-- feature: primary-key
-- doc: https://www.sqlite.org/lang_createtable.html#rowid
-- from
create table region (id int primary key, name text);
-- rows
insert into region values (1, 'EMEA'), (2, 'APAC');
-- to
create table region (id integer primary key, name text);
