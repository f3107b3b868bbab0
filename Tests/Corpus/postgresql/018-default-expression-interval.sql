-- title: default is an expression now() + interval '30 days'
-- feature: default-expression
-- doc: https://www.postgresql.org/docs/15/ddl-default.html
-- from
create table subscription (id serial primary key, plan text not null, expires_at timestamptz);
-- rows
insert into subscription (plan, expires_at) values ('basic', null), ('pro', '2030-01-01 00:00+00');
-- to
create table subscription (id serial primary key, plan text not null, expires_at timestamptz default (now() + interval '30 days'));
