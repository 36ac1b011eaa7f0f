// The ship has 3 hull points; press H to take a hit, and at 0 the ship is destroyed
class Hull extends Phaser.Scene {
  create() {
    this.data.set('hull', 3);
    this.ship = this.add.triangle(400, 300, 0, 40, 20, 0, 40, 40, 0x88ddff);
    this.info = this.add.text(16, 16, 'Hull: 3', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-H', () => this.hit());
  }
  hit() {
    let hull = this.data.get('hull');
    hull -= 1;
    this.info.setText('Hull: ' + hull);
    if (hull <= 0) this.ship.setVisible(false);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hull });
