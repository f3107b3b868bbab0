-- title: join table switches from surrogate id to composite primary key
-- feature: primary-key-composite
-- doc: https://mariadb.com/kb/en/create-table/
-- from
create table post_tag (id int not null, post_id int not null, tag_id int not null, primary key (id));
-- rows
insert into post_tag values (1, 1, 1), (2, 1, 2), (3, 2, 1);
-- to
create table post_tag (id int not null, post_id int not null, tag_id int not null, primary key (post_id, tag_id));
