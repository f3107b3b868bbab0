-- title: table-level composite unique constraint
-- feature: unique
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table enrollment (id serial primary key, student_id int not null, course_id int not null);
-- rows
insert into enrollment (student_id, course_id) values (1, 10), (1, 11), (2, 10);
-- to
create table enrollment (id serial primary key, student_id int not null, course_id int not null, constraint enrollment_student_course_key unique (student_id, course_id));
