-- title: existing column moved to another position
-- feature: column-order
-- doc: https://mariadb.com/kb/en/alter-table/
-- from
create table gadget (id int primary key, note text, name varchar(50) not null);
-- rows
insert into gadget values (1, 'n', 'phone'), (2, null, 'watch');
-- to
create table gadget (id int primary key, name varchar(50) not null, note text);
