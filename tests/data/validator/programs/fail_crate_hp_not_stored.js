// Crates take three hits to break: the hit handler changes a copy of the crate's hp and never stores it back.
class Crates extends Phaser.Scene {
  preload() {}
  create() {
    this.broken = 0;
    this.label = this.add.text(16, 16, 'Broken: 0', { fontSize: '22px', color: '#ffffff' });
    for (let i = 0; i < 4; i++) {
      const crate = this.add.rectangle(160 + i * 160, 300, 70, 70, 0xa1887f).setInteractive();
      crate.setData('hp', 3);
      crate.on('pointerdown', () => {
        let hp = crate.getData('hp');
        hp -= 1;
        if (hp <= 0) { crate.destroy(); this.broken += 1; this.label.setText('Broken: ' + this.broken); }
        else crate.setFillStyle(hp === 2 ? 0x8d6e63 : 0x6d4c41);
      });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Crates });
