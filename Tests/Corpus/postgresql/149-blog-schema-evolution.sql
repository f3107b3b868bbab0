-- title: three-table blog: new table, new foreign keys, new indexes
-- feature: combined
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table users (id bigserial primary key, email varchar(255) not null unique, created_at timestamptz not null default now());
create table posts (id bigserial primary key, user_id bigint not null references users (id), title text not null, body text);
-- rows
insert into users (email) values ('a@example.com'), ('b@example.com');
insert into posts (user_id, title) values (1, 'Hello'), (2, 'World');
-- to
create table users (id bigserial primary key, email varchar(255) not null unique, display_name varchar(80), created_at timestamptz not null default now());
create table posts (id bigserial primary key, user_id bigint not null references users (id) on delete cascade, title text not null, body text, published_at timestamptz);
create index posts_user_id_idx on posts (user_id);
create index posts_published_at_idx on posts (published_at desc) where published_at is not null;
create table comments (id bigserial primary key, post_id bigint not null references posts (id) on delete cascade, author_id bigint references users (id) on delete set null, body text not null, created_at timestamptz not null default now());
create index comments_post_id_idx on comments (post_id, created_at);
