-- title: foreign key gets ON DELETE CASCADE
-- feature: fk-action
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table blog_post (id serial primary key, title text not null);
create table blog_comment (id serial primary key, post_id int not null references blog_post (id), body text);
-- rows
insert into blog_post (title) values ('hello');
insert into blog_comment (post_id, body) values (1, 'nice'), (1, 'meh');
-- to
create table blog_post (id serial primary key, title text not null);
create table blog_comment (id serial primary key, post_id int not null references blog_post (id) on delete cascade, body text);
