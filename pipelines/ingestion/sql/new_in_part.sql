-- The new texts among the documents numbered $first to $last (one raw part).
select seq from new_texts where seq between $first and $last;
