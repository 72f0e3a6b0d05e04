package org.seatdesk.app;
public class Main { public static void main(String[] a) {} }
