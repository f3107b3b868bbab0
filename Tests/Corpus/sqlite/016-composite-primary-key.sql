-- title: join table with composite primary key replacing a surrogate id
-- feature: primary-key-composite
-- doc: https://www.sqlite.org/lang_createtable.html#the_primary_key
-- from
create table post_tag (id integer primary key, post_id integer not null, tag_id integer not null);
-- rows
insert into post_tag (post_id, tag_id) values (1, 1), (1, 2), (2, 1);
-- to
create table post_tag (id integer not null, post_id integer not null, tag_id integer not null, primary key (post_id, tag_id));
