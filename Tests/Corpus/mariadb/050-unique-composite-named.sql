-- title: named composite unique key
-- feature: unique
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table enrollment (id int auto_increment primary key, student_id int not null, course_id int not null);
-- rows
insert into enrollment (student_id, course_id) values (1, 10), (1, 11), (2, 10);
-- to
create table enrollment (id int auto_increment primary key, student_id int not null, course_id int not null, constraint uq_enrollment unique key (student_id, course_id));
