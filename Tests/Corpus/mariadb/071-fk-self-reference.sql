-- title: self-referencing foreign key
-- feature: foreign-key
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table category (id int auto_increment primary key, parent_id int, name varchar(50) not null);
-- rows
insert into category (parent_id, name) values (null, 'root'), (1, 'child');
-- to
create table category (id int auto_increment primary key, parent_id int, name varchar(50) not null, constraint fk_category_parent foreign key (parent_id) references category (id) on delete cascade);
