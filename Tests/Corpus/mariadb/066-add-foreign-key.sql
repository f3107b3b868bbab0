-- title: foreign key added on an existing column
-- feature: foreign-key
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table department (id int auto_increment primary key, name varchar(50) not null);
create table staff (id int auto_increment primary key, department_id int, name varchar(50) not null);
-- rows
insert into department (name) values ('R&D'), ('Sales');
insert into staff (department_id, name) values (1, 'ann'), (2, 'bo'), (null, 'cy');
-- to
create table department (id int auto_increment primary key, name varchar(50) not null);
create table staff (id int auto_increment primary key, department_id int, name varchar(50) not null, constraint fk_staff_department foreign key (department_id) references department (id));
