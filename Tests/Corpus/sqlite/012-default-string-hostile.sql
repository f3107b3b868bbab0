-- title: default string containing quotes, a semicolon and comment markers
-- feature: default-literal
-- doc: https://www.sqlite.org/lang_expr.html#literal_values_constants_
-- from
create table greeting (id integer primary key, message text);
-- rows
insert into greeting (message) values ('hi'), (null);
-- to
create table greeting (id integer primary key, message text default 'it''s "fine"; -- really /* no */');
