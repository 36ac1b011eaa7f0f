// Pick up coloured keys (walk over them) and open the vault door of the same colour
class Vault extends Phaser.Scene {
  create() {
    this.keysHeld = new Set();
    this.hero = this.add.rectangle(100, 300, 24, 24, 0xffffff);
    this.keyItems = [
      { color: 'red', sprite: this.add.circle(250, 300, 10, 0xff3333) },
      { color: 'blue', sprite: this.add.circle(400, 300, 10, 0x3355ff) }
    ];
    this.door = { color: 'blue', sprite: this.add.rectangle(650, 300, 20, 120, 0x3355ff) };
    this.hud = this.add.text(20, 20, 'Keys: none', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.right.isDown) this.hero.x += 3;
    if (this.cursors.left.isDown) this.hero.x -= 3;
    for (const item of this.keyItems) {
      if (item.sprite.visible && Math.abs(item.sprite.x - this.hero.x) < 16) {
        item.sprite.setVisible(false);
        this.keysHeld.add(item);
        this.hud.setText('Keys: ' + [...this.keysHeld].map((k) => k.color).join(', '));
      }
    }
    if (this.door.sprite.visible && this.hero.x > 620) {
      if (this.keysHeld.has(this.door.color)) this.door.sprite.setVisible(false);
      else this.hero.x = 620;
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Vault });
