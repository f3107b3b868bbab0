-- title: IN-list check emulating an enum gains a value
-- feature: check
-- doc: https://www.sqlite.org/lang_createtable.html#ckconst
-- from
create table purchase (id integer primary key, status text not null default 'pending' check (status in ('pending', 'paid', 'shipped')));
-- rows
insert into purchase (status) values ('pending'), ('shipped');
-- to
create table purchase (id integer primary key, status text not null default 'pending' check (status in ('pending', 'paid', 'shipped', 'refunded')));
