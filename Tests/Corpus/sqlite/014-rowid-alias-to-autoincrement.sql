-- title: INTEGER PRIMARY KEY gets AUTOINCREMENT
-- feature: autoincrement
-- doc: https://www.sqlite.org/autoinc.html
-- from
create table invoice (id integer primary key, number text not null);
-- rows
insert into invoice (number) values ('INV-1'), ('INV-2');
-- to
create table invoice (id integer primary key autoincrement, number text not null);
