-- title: comment on an index
-- feature: comment-on-index
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table lookup (id serial primary key, k text not null);
create index lookup_k_idx on lookup (k);
-- rows
insert into lookup (k) values ('a');
-- to
create table lookup (id serial primary key, k text not null);
create index lookup_k_idx on lookup (k);
comment on index lookup_k_idx is 'Used by the autocomplete endpoint';
