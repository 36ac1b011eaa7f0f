// Press SPACE to make the hero wave once; when the wave ends the hero goes back to standing
class Wave extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    for (let i = 0; i < 4; i++) {
      g.clear().fillStyle(0x55aaff).fillRect(0, 0, 32, 48).fillStyle(0xffffff).fillRect(i * 6, 4, 8, 8);
      g.generateTexture('hero' + i, 32, 48);
    }
    g.destroy();
    this.anims.create({ key: 'wave', frames: [0, 1, 2, 3].map((i) => ({ key: 'hero' + i })), frameRate: 8, repeat: 0 });
    this.hero = this.add.sprite(400, 300, 'hero0');
    this.state = 'stand';
    this.label = this.add.text(20, 20, 'stand', { fontSize: '22px', color: '#ffffff' });
    this.hero.on(Phaser.Animations.Events.ANIMATION_COMPLETE, () => {
      this.state = 'stand';
      this.hero.setTexture('hero0');
      this.label.setText('stand');
    });
    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.state !== 'stand') return;
      this.state = 'wave';
      this.label.setText('wave');
      this.hero.play('wave');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Wave });
