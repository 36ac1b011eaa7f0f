// a typed combo emits 'keycombomatch'; nothing emits 'keycombo'
class Spell extends Phaser.Scene {
  preload() {}

  create() {
    this.input.keyboard.createCombo('FIRE', { resetOnMatch: true });
    this.input.keyboard.on('keycombo', () => {
      this.add.circle(Phaser.Math.Between(100, 700), 300, 30, 0xff5500);
    });
    this.add.text(16, 16, 'Type FIRE', { fontSize: '22px', color: '#ffffff' });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spell });
