-- title: composite foreign key
-- feature: foreign-key
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table course_section (course_id int not null, section_no int not null, primary key (course_id, section_no));
create table attendance (id int auto_increment primary key, course_id int not null, section_no int not null);
-- rows
insert into course_section values (1, 1), (1, 2);
insert into attendance (course_id, section_no) values (1, 1), (1, 2);
-- to
create table course_section (course_id int not null, section_no int not null, primary key (course_id, section_no));
create table attendance (id int auto_increment primary key, course_id int not null, section_no int not null, constraint fk_att_section foreign key (course_id, section_no) references course_section (course_id, section_no));
