-- title: join table gets a composite primary key instead of a surrogate id
-- feature: primary-key-composite
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table post_tag (id serial primary key, post_id int not null, tag_id int not null);
-- rows
insert into post_tag (post_id, tag_id) values (1, 1), (1, 2), (2, 1);
-- to
create table post_tag (id serial not null, post_id int not null, tag_id int not null, primary key (post_id, tag_id));
