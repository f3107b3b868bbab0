-- title: named composite foreign key (table constraint)
-- feature: foreign-key
-- doc: https://www.sqlite.org/foreignkeys.html#fk_composite
-- from
create table course_section (course_id integer, section_no integer, primary key (course_id, section_no));
create table attendance (id integer primary key, course_id integer not null, section_no integer not null);
-- rows
insert into course_section values (1, 1), (1, 2);
insert into attendance (course_id, section_no) values (1, 1), (1, 2);
-- to
create table course_section (course_id integer, section_no integer, primary key (course_id, section_no));
create table attendance (id integer primary key, course_id integer not null, section_no integer not null, constraint attendance_section_fk foreign key (course_id, section_no) references course_section (course_id, section_no));
