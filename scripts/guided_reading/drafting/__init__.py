"""Drafting: turn a new op-ed into a draft reading (`make reading`), with every decision commented."""
