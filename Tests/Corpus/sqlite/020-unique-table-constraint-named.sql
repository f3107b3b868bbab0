-- title: named table-level composite unique constraint
-- feature: unique
-- doc: https://www.sqlite.org/lang_createtable.html#uniqueconst
-- from
create table enrollment (id integer primary key, student_id integer not null, course_id integer not null);
-- rows
insert into enrollment (student_id, course_id) values (1, 10), (1, 11), (2, 10);
-- to
create table enrollment (id integer primary key, student_id integer not null, course_id integer not null, constraint enrollment_uq unique (student_id, course_id));
