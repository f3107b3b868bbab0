-- title: integer array with default empty array and not null
-- feature: array
-- doc: https://www.postgresql.org/docs/15/arrays.html
-- from
create table lottery_ticket (id serial primary key, numbers integer[]);
-- rows
insert into lottery_ticket (numbers) values ('{1,2,3}'), (array[4,5,6]);
-- to
create table lottery_ticket (id serial primary key, numbers integer[] not null default '{}');
