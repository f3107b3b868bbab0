-- title: text default containing quotes, a semicolon and a comment marker
-- feature: default-literal
-- doc: https://www.postgresql.org/docs/15/sql-syntax-lexical.html
-- from
create table greeting (id serial primary key, message text);
-- rows
insert into greeting (message) values ('hi'), (null);
-- to
create table greeting (id serial primary key, message text default 'it''s "fine"; -- really /* not a comment */');
