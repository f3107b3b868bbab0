-- title: column gets a literal default
-- feature: default-literal
-- doc: https://www.sqlite.org/lang_createtable.html#dfltval
-- from
create table ticket (id integer primary key, status text not null);
-- rows
insert into ticket (status) values ('open'), ('closed');
-- to
create table ticket (id integer primary key, status text not null default 'open');
