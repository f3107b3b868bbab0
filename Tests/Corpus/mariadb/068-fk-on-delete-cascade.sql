-- title: foreign key gets ON DELETE CASCADE
-- feature: fk-action
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table blog_post (id int auto_increment primary key, title varchar(100) not null);
create table blog_comment (id int auto_increment primary key, post_id int not null, body text, constraint fk_comment_post foreign key (post_id) references blog_post (id));
-- rows
insert into blog_post (title) values ('hello');
insert into blog_comment (post_id, body) values (1, 'nice'), (1, 'meh');
-- to
create table blog_post (id int auto_increment primary key, title varchar(100) not null);
create table blog_comment (id int auto_increment primary key, post_id int not null, body text, constraint fk_comment_post foreign key (post_id) references blog_post (id) on delete cascade);
