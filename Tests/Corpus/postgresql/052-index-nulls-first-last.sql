-- title: index with DESC NULLS LAST and ASC NULLS FIRST columns
-- feature: index-nulls-order
-- doc: https://www.postgresql.org/docs/15/indexes-ordering.html
-- from
create table task (id serial primary key, priority int, due_on date);
create index task_queue_idx on task (priority, due_on);
-- rows
insert into task (priority, due_on) values (1, '2024-05-01'), (null, null);
-- to
create table task (id serial primary key, priority int, due_on date);
create index task_queue_idx on task (priority desc nulls last, due_on asc nulls first);
