-- title: column gets a literal default
-- feature: default-literal
-- doc: https://www.postgresql.org/docs/15/ddl-default.html
-- from
create table ticket (id serial primary key, status varchar(20) not null);
-- rows
insert into ticket (status) values ('open'), ('closed');
-- to
create table ticket (id serial primary key, status varchar(20) not null default 'open');
