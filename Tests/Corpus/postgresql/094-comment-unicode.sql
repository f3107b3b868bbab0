-- title: comment with non-ASCII text and emoji
-- feature: comment-on-table
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table menu (id serial primary key, dish text not null);
-- rows
insert into menu (dish) values ('pastéis de nata');
-- to
create table menu (id serial primary key, dish text not null);
comment on table menu is 'Cardápio — 菜单 🍮';
