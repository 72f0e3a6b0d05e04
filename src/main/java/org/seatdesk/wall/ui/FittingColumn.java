package org.seatdesk.wall.ui;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/// Lays its children out top to bottom at their preferred heights and leaves out, whole, every
/// child from the first that does not fit: the wall's notice titles wrap onto two lines at 1366×768,
/// and five of them ran under the offline banner. A title that is shown is shown entirely.
final class FittingColumn extends Pane {

    private final double gap;

    FittingColumn(double gap) {
        this.gap = gap;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double bottom = getHeight() - snappedBottomInset();
        boolean fits = true;
        for (Node child : getManagedChildren()) {
            double height = child.prefHeight(width);
            fits = fits && y + height <= bottom;
            child.setVisible(fits);
            if (fits) {
                child.resizeRelocate(x, y, width, height);
                y += height + gap;
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.prefWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double insideWidth = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double height = snappedTopInset() + snappedBottomInset();
        var children = getManagedChildren();
        for (Node child : children) {
            height += child.prefHeight(insideWidth);
        }
        return height + Math.max(0, children.size() - 1) * gap;
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset(); // fewer titles, never an overflow
    }
}
