-- title: three-table blog: new table, new foreign keys and indexes
-- feature: combined
-- doc: https://mariadb.com/kb/en/foreign-keys/
-- from
create table users (id bigint unsigned auto_increment primary key, email varchar(255) not null unique, created_at timestamp not null default current_timestamp);
create table posts (id bigint unsigned auto_increment primary key, user_id bigint unsigned not null, title varchar(200) not null, body text, constraint posts_user_fk foreign key (user_id) references users (id));
-- rows
insert into users (email) values ('a@example.com'), ('b@example.com');
insert into posts (user_id, title) values (1, 'Hello'), (2, 'World');
-- to
create table users (id bigint unsigned auto_increment primary key, email varchar(255) not null unique, display_name varchar(80), created_at timestamp not null default current_timestamp);
create table posts (id bigint unsigned auto_increment primary key, user_id bigint unsigned not null, title varchar(200) not null, body text, published_at datetime, constraint posts_user_fk foreign key (user_id) references users (id) on delete cascade, key posts_published (published_at));
create table comments (id bigint unsigned auto_increment primary key, post_id bigint unsigned not null, author_id bigint unsigned, body text not null, created_at timestamp not null default current_timestamp, constraint comments_post_fk foreign key (post_id) references posts (id) on delete cascade, constraint comments_author_fk foreign key (author_id) references users (id) on delete set null, key comments_post_created (post_id, created_at));
